"""Partnership shapes with no "with": a noun followed by its pair ("the alliance of A and B", "die
Kooperation von A und B", "le partenariat de A et B", "la colaboración de A y B", "la collaborazione di
A e B"); a pair with the plain English verb ("A and B partner on chips"); a partner chosen "as
partner" ("X picked Y as its technology partner", "X a choisi Y comme partenaire"). Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("partners_with", "joint_venture") else (r.type, r.source, r.target)
            for r in doc.relations}


_PAIR = {("partners_with", "Corvalis", "Norvik")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The alliance of Norvik and Corvalis covers software."),
    ("de", "Die Kooperation von Norvik und Corvalis läuft seit 2022."),
    ("fr", "Le partenariat de Norvik et Corvalis porte sur les logiciels."),
    ("es", "La colaboración de Norvik y Corvalis se centra en el software."),
    ("it", "La collaborazione di Norvik e Corvalis riguarda il software."),
])
def test_partnership_noun_of_a_pair(lang, text):
    assert _rels(text, lang) == _PAIR


def test_a_bare_deal_of_a_pair_says_nothing():
    assert _rels("The supply deal of Norvik and Corvalis covers software.", "en") == set()


@pytest.mark.parametrize("text", [
    "Norvik and Corvalis partner on chips.",
    "Norvik and Corvalis will partner to build chargers.",
    "Norvik and Corvalis partnered in 2023 for a pilot line.",
])
def test_en_pair_with_the_plain_verb(text):
    assert _rels(text, "en") == _PAIR


@pytest.mark.parametrize("text", [
    "Norvik is a partner on the project.",
    "Norvik, a key partner for Corvalis, grew.",
    "Norvik partners Corvalis on chips and Tessaro on software.",
])
def test_en_partner_noun_is_no_pair(text):
    rels = _rels(text, "en")
    if "Tessaro" in text:
        assert ("partners_with", "Corvalis", "Tessaro") not in rels
    else:
        assert not rels


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik picked Corvalis as its technology partner."),
    ("en", "Norvik has chosen Corvalis as partner for the plant."),
    ("fr", "Norvik a choisi Corvalis comme partenaire technologique."),
    ("fr", "Norvik retient Corvalis comme partenaire pour son usine."),
])
def test_partner_chosen_as_partner(lang, text):
    assert _rels(text, lang) == _PAIR


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik selected Corvalis as supplier."),
    ("fr", "Norvik a choisi Corvalis comme fournisseur."),
])
def test_chosen_as_supplier_is_no_partnership(lang, text):
    assert not any(r[0] == "partners_with" for r in _rels(text, lang))
