"""Companions of a minority holder named after the company held ("one of the minority shareholders of
Y, alongside A and B"): each holds a stake too; not the parents of a joint company ("holds a third of
Y alongside A and B"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda", "Tavira")


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik is one of the minority shareholders of Brixo, alongside Kelda and Tavira."),
    ("fr", "Norvik, qui est l'un des actionnaires minoritaires de Brixo, aux côtés de Kelda et de Tavira, investit."),
    ("it", "Norvik è azionista di minoranza di Brixo insieme a Kelda e Tavira."),
    ("es", "Norvik es accionista minoritario de Brixo, junto a Kelda y Tavira."),
])
def test_companions_hold_stakes(lang, text):
    got = _pairs(text, lang)
    assert {("invests_in", n, "Brixo") for n in ("Norvik", "Kelda", "Tavira")} <= got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norvik, qui détient un tiers du capital de Brixo aux côtés de Kelda et de Tavira, recevra des cellules."),
    ("it", "Norvik è socio di Brixo insieme a Kelda e Tavira."),
])
def test_large_stakes_among_few_are_no_minority_list(lang, text):
    got = _pairs(text, lang)
    assert ("invests_in", "Kelda", "Brixo") not in got and ("invests_in", "Tavira", "Brixo") not in got
