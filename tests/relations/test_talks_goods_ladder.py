"""Talks about a supply between two companies the chain puts on one rung (a miner and a converter are
both "materials"): the goods named after the supply noun tell who sells (relations/goods_ladder.py,
used by talks_goods.py and frames/talks.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Kardel Lithium", "Ostrava Minerals", "Vellum Motors"]
SECTORS = {"Kardel Lithium": ["battery_materials"], "Ostrava Minerals": ["battery_materials", "mining"],
           "Vellum Motors": ["automotive"]}


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Kardel Lithium is in talks with Ostrava Minerals over a supply of spodumene concentrate.", "en"),
    ("Kardel Lithium è in trattativa con Ostrava Minerals per una fornitura di spodumene.", "it"),
    ("Kardel Lithium verhandelt mit Ostrava Minerals über die Lieferung von Spodumen aus Kanada.", "de"),
    ("Kardel Lithium a confirmé des discussions avec Ostrava Minerals pour un approvisionnement en minerai de lithium.", "fr"),
    ("Kardel Lithium negocia con Ostrava Minerals un suministro de concentrado de litio.", "es"),
])
def test_the_party_whose_trade_the_goods_are_supplies(text, language):
    assert _supplies(rels(text, NAMES, language=language, sectors=SECTORS)) == [("Ostrava Minerals", "Kardel Lithium")]


@pytest.mark.parametrize("text, language", [
    # goods on no rung ("software"): the ladder says nothing
    ("Kardel Lithium is in talks with Ostrava Minerals over a supply of software.", "en"),
    # goods both could make (cathodes are above both rungs of a miner and a converter): nothing either
    ("Kardel Lithium è in trattativa con Ostrava Minerals per una fornitura di catodi.", "it"),
])
def test_no_direction_when_the_goods_do_not_tell(text, language):
    assert _supplies(rels(text, NAMES, language=language, sectors=SECTORS)) == []
