"""A plain deal for goods signed with several makers of one tier ("signed agreements with A and B for
battery cells", "firmó acuerdos con A y B para celdas", "hat mit A und B Vereinbarungen über Zellen
geschlossen") is a supply from each of them, in every language, not a partnership; a list of makers
of different tiers, or deals about joint work, stay unread as supplies (frames/supply.py, the plain
contract noun). Made-up companies with sectors given by the test."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Korvan", "Maltrix", "Ostero", "Delvo"]
_SECTORS = {"Korvan": ["carmaker"], "Maltrix": ["battery_cells"], "Ostero": ["battery_cells"], "Delvo": ["mining"]}


def _ties(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language, sectors=_SECTORS))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text, language", [
    ("Korvan has signed agreements with Maltrix and Ostero for lithium iron phosphate cells that will go into "
     "its next compact models.", "en"),
    ("Korvan ha firmado acuerdos con Maltrix y Ostero para celdas LFP destinadas a sus próximos modelos.", "es"),
    ("Korvan hat mit Maltrix und Ostero Vereinbarungen über LFP-Zellen für seine nächsten Modelle geschlossen.", "de"),
])
def test_deals_for_goods_with_makers_of_one_tier_are_supplies(text, language):
    got = _ties(text, language)
    assert {("supplies", "Maltrix", "Korvan"), ("supplies", "Ostero", "Korvan")} <= got, got
    assert not any(t == "partners_with" for t, _s, _d in got), got


@pytest.mark.parametrize("text, language", [
    # makers of different tiers: who supplies whom is not told
    ("Korvan has signed agreements with Maltrix and Delvo for battery cells.", "en"),
    # joint work, not goods
    ("Korvan has signed agreements with Maltrix and Ostero on joint research into solid-state cells.", "en"),
])
def test_a_mixed_list_or_joint_work_is_no_supply(text, language):
    assert not any(t == "supplies" for t, _s, _d in _ties(text, language))
