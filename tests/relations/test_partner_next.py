"""A partner named right after its partner with a possessive: "X and its partner Y", "X and partner
Y", "X e il suo partner cinese Y", "X und sein Partner Y", "X et son partenaire chinois Y", "X y su
socio Y" (partners, whatever the sentence then says they do). Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("partners_with", "joint_venture") else (r.type, r.source, r.target)
            for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik and its partner Corvalis will build a plant."),
    ("en", "Norvik and partner Corvalis will build a plant."),
    ("en", "Norvik and its Chinese partner Corvalis will build a plant."),
    ("it", "Norvik e il partner Corvalis costruiranno un impianto."),
    ("it", "Norvik e il suo partner cinese Corvalis costruiranno un impianto."),
    ("de", "Norvik und sein Partner Corvalis bauen ein Werk."),
    ("de", "Norvik und sein chinesischer Partner Corvalis bauen ein Werk."),
    ("fr", "Norvik et son partenaire Corvalis construisent une usine."),
    ("fr", "Norvik et son partenaire chinois Corvalis construisent une usine."),
    ("es", "Norvik y su socio Corvalis construyen una planta."),
    ("es", "Norvik y su socio chino Corvalis construyen una planta."),
])
def test_partner_named_after_its_partner(lang, text):
    assert ("partners_with", "Corvalis", "Norvik") in _rels(text, lang)


def test_plural_partners_each_pair_with_the_first():
    rels = _rels("Norvik and its partners Corvalis and Tessaro will build a plant.", "en")
    assert {("partners_with", "Corvalis", "Norvik"), ("partners_with", "Norvik", "Tessaro")} <= rels


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik and its customer Corvalis will build a plant."),
    ("es", "Norvik tiene el 51% del capital y su socio el 49% restante."),
])
def test_other_nouns_and_unnamed_partners_are_no_partnership(lang, text):
    assert not any(r[0] == "partners_with" for r in _rels(text, lang))
