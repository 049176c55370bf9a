"""Two companies joined as one subject of deals in the plural ("X und der Zellhersteller Y haben
Lieferverträge geschlossen") signed each its own deals, with others: the gazetteer's chain reads no supply
between them; one deal in the singular still gives one (relations/chain_supply.py,
_joined_before_plural_deals). Real companies (the chain reads the gazetteer's sectors), invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["LG Energy Solution", "Umicore"]


def _supplies(text, language):
    return [(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "supplies"]


@pytest.mark.parametrize("text, language", [
    ("Umicore et le fabricant coréen LG Energy Solution ont conclu des contrats d'approvisionnement pluriannuels.", "fr"),
    ("Umicore e il produttore coreano LG Energy Solution hanno concluso contratti di fornitura pluriennali.", "it"),
    ("Umicore y el fabricante coreano LG Energy Solution han cerrado contratos de suministro plurianuales.", "es"),
    ("Umicore und der koreanische Zellhersteller LG Energy Solution haben mehrjährige Lieferverträge geschlossen.", "de"),
])
def test_plural_deals_of_a_joined_subject_are_no_supply_between_them(text, language):
    assert _supplies(text, language) == []


def test_one_deal_between_the_two_still_directed_by_the_chain():
    text = "Umicore und der koreanische Zellhersteller LG Energy Solution haben einen mehrjährigen Liefervertrag geschlossen."
    assert _supplies(text, "de") == [("Umicore", "LG Energy Solution")]
