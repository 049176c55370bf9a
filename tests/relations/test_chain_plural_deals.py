"""Two companies joined as one subject of deals in the plural ("X und der Materialkonzern Y haben
Lieferverträge unterzeichnet") signed each its own deals, with others: the gazetteer's chain reads no supply
between them; one deal in the singular still gives one (relations/chain_supply.py,
_joined_before_plural_deals). Real companies (the chain reads the gazetteer's sectors), invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["LG Energy Solution", "Umicore"]


def _supplies(text, language):
    return [(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "supplies"]


@pytest.mark.parametrize("text, language", [
    ("LG Energy Solution et le groupe belge Umicore ont signé des contrats d'approvisionnement à long terme.", "fr"),
    ("LG Energy Solution e il gruppo belga Umicore hanno firmato contratti di fornitura di lungo periodo.", "it"),
    ("LG Energy Solution y el grupo belga Umicore han firmado contratos de suministro a largo plazo.", "es"),
    ("LG Energy Solution und der belgische Materialkonzern Umicore haben langfristige Lieferverträge unterzeichnet.", "de"),
])
def test_plural_deals_of_a_joined_subject_are_no_supply_between_them(text, language):
    assert _supplies(text, language) == []


def test_one_deal_between_the_two_still_directed_by_the_chain():
    text = "LG Energy Solution und der belgische Materialkonzern Umicore haben einen langfristigen Liefervertrag unterzeichnet."
    assert _supplies(text, "de") == [("Umicore", "LG Energy Solution")]
