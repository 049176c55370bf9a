"""A partnership or joint-venture noun followed by "between A and B" ("tra", "fra", "zwischen",
"entre", "associant") names both parties itself: the clause subject before the noun is no party
("X wants to buy Brixo, a joint venture between A and B"; "X welcomed the alliance between A and B").
Invented sentences, five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Brixo")
_FAMILY = ("joint_venture", "partners_with")


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) for r in doc.relations if r.type in _FAMILY}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik wants to buy 70% of Brixo, the charging operator set up as a joint venture between Corvalis and Tessaro."),
    ("it", "Norvik vuole rilevare il 70% di Brixo, l'operatore nato come joint venture paritetica tra l'altoatesina Corvalis e la trentina Tessaro."),
    ("fr", "Norvik veut racheter 70 % de Brixo, l'opérateur né comme coentreprise entre Corvalis et Tessaro."),
    ("es", "Norvik quiere comprar el 70 % de Brixo, nacida como empresa conjunta entre Corvalis y Tessaro."),
])
def test_venture_between_two_parents_not_the_buyer(lang, text):
    assert _pairs(text, lang) == {("joint_venture", "Corvalis", "Tessaro")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik welcomed the strategic alliance between Corvalis and Tessaro."),
    ("it", "Norvik ha commentato la collaborazione tra Corvalis e Tessaro."),
    ("de", "Norvik lobt die Allianz zwischen Corvalis und Tessaro."),
    ("es", "Norvik celebra la alianza entre Corvalis y Tessaro."),
])
def test_partnership_between_two_parties_not_the_speaker(lang, text):
    assert _pairs(text, lang) == {("partners_with", "Corvalis", "Tessaro")}


def test_coentreprise_associant():
    text = "Depuis 2025, l'exploitation est confiée à une coentreprise associant Corvalis et Tessaro."
    assert _pairs(text, "fr") == {("joint_venture", "Corvalis", "Tessaro")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik formed a joint venture with Corvalis."),  # "with": the subject is a party
    ("it", "Norvik ha stretto un'alleanza con Corvalis."),
    ("en", "Norvik sits between Corvalis and Tessaro in the ranking."),  # no partnership noun
])
def test_with_still_pairs_the_subject_and_nothing_without_a_noun(lang, text):
    pairs = _pairs(text, lang)
    if "Tessaro" in text:
        assert not pairs
    else:
        assert {p[1:] for p in pairs} == {("Corvalis", "Norvik")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik will buy cells from Corvalis under a partnership announced on Monday, Tessaro said."),
    ("en", "Norvik signed a partnership last year, Tessaro reported."),
    ("it", "Norvik ha firmato un accordo di collaborazione nel 2024, secondo Tessaro."),
])
def test_a_name_past_a_comma_is_no_partner_of_the_noun(lang, text):
    assert not any("Tessaro" in p for p in _pairs(text, lang))
