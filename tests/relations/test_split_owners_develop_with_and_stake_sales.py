"""Three general shapes: a joint company whose two owners are named each with a share ("51 percent
owned by A and 49 percent by B", "détenue à 60 % par A et à 40 % par B": a joint venture of A and B,
their stakes not labelled again); a product developed with a partner ("X développe avec Y une
plateforme", "X entwickelt mit Y eine Plattform"); a stake sold told as a noun with its buyer first
("la cession à Z de sa participation dans Y": Z buys Y). Sentences written for the test (invented
companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Vasko", "Ardent Cells"]


def got(text, lang):
    return {(r.type, r.source, r.target) for r in rels(text, CO, language=lang)}


def pairs(text, lang):
    return {(r.type, frozenset((r.source, r.target))) for r in rels(text, CO, language=lang)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Ardent Cells, a joint venture that is 51 percent owned by Brelix and 49 percent by Tovan, makes cells."),
    ("en", "Ardent Cells, which is 60 percent owned by Brelix and 40 percent by Tovan, makes cells."),
    ("en", "Ardent Cells is owned 55% by Brelix and 45% by Tovan."),
    ("fr", "Ardent Cells, la coentreprise détenue à 51 % par Brelix et à 49 % par Tovan, distribue les modèles."),
    ("fr", "Ardent Cells, détenue à 60 % par Brelix et à 40 % par Tovan, produit des cathodes."),
])
def test_two_owners_with_their_shares_are_a_joint_venture(lang, text):
    g = pairs(text, lang)
    assert ("joint_venture", frozenset(("Brelix", "Tovan"))) in g
    # the parents' stakes in the joint company are not labelled again
    assert not any(t in ("owns", "invests_in") for t, _ in g)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ardent Cells, 80 percent owned by Brelix and 20 percent by Tovan, makes cells."),
    ("fr", "Ardent Cells, détenue à 90 % par Brelix et à 10 % par Tovan, produit des cathodes."),
])
def test_a_large_owner_and_a_small_one_are_no_joint_venture(lang, text):
    g = got(text, lang)
    assert ("owns", "Brelix", "Ardent Cells") in g
    assert not any(t == "joint_venture" for t, _, _ in g)


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix is developing a new platform with Tovan."),
    ("en", "Brelix develops software with Tovan."),
    ("fr", "Brelix développe avec Tovan une nouvelle plateforme."),
    ("es", "Brelix desarrolla junto a Tovan una nueva plataforma."),
    ("es", "Brelix desarrolla con Tovan una nueva plataforma."),
    ("it", "Brelix sviluppa insieme a Tovan una nuova piattaforma."),
    ("it", "Brelix sviluppa con Tovan una nuova piattaforma."),
    ("de", "Brelix entwickelt mit Tovan gemeinsam eine Elektronikarchitektur."),
    ("de", "Brelix entwickelt mit Tovan eine Plattform."),
])
def test_developing_with_a_partner(lang, text):
    assert ("partners_with", frozenset(("Brelix", "Tovan"))) in pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix will develop a new platform with Tovan."),
    ("it", "Brelix svilupperà con Tovan una nuova piattaforma."),
    ("fr", "Brelix développera avec Tovan une nouvelle plateforme."),
    ("es", "Brelix desarrollará con Tovan una nueva plataforma."),
])
def test_developing_with_a_partner_in_the_future_is_announced(lang, text):
    r = [r for r in rels(text, CO, language=lang) if r.type == "partners_with"]
    assert r and r[0].status == "announced"


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix develops software, and with Tovan it sells cars."),
    ("fr", "Brelix développe ses propres cellules, et Tovan achète avec Kornex."),
])
def test_develop_and_a_later_with_is_no_partnership(lang, text):
    assert ("partners_with", frozenset(("Brelix", "Tovan"))) not in pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Tovan a finalisé la cession à Brelix de sa participation de 50 % dans Vasko."),
    ("it", "Tovan ha completato la cessione a Brelix della sua quota del 50% di Vasko."),
    ("es", "Tovan ha completado la venta a Brelix de su participación del 50% en Vasko."),
])
def test_stake_sold_to_a_buyer_named_first(lang, text):
    g = got(text, lang)
    assert ("acquires", "Brelix", "Vasko") in g or ("invests_in", "Brelix", "Vasko") in g
    assert ("acquires", "Brelix", "Tovan") not in g
