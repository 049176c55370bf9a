"""Amounts of goods count as a yearly capacity after the words for "a year" the per-year list had
left out: French "par année" (as Quebec writes it), "chaque année", "annuellement", Italian
"annualmente"; not an amount of goods with no year at all."""

from __future__ import annotations

import pytest

from entity_helpers import first, run


@pytest.mark.parametrize("language,text,surface,value,unit", [
    ("fr", "L'usine de Vireux produira 18 000 tonnes de cathode par année.", "18 000 tonnes", 18000, "t/y"),
    ("fr", "Le site de Rochebrune assemblera 90 000 véhicules chaque année.", "90 000 véhicules chaque année", 90000, "units/y"),
    ("fr", "La raffinerie traitera 7 500 tonnes annuellement.", "7 500 tonnes annuellement", 7500, "t/y"),
    ("it", "Il sito di Orvelli lavorerà 6.000 tonnellate annualmente.", "6.000 tonnellate annualmente", 6000, "t/y"),
])
def test_goods_a_year(language, text, surface, value, unit):
    m = first(run(text, language), "CAPACITY", surface)
    assert m.attrs["value"] == pytest.approx(value)
    assert m.attrs["unit"] == unit


def test_goods_without_a_year_are_no_capacity():
    doc = run("Le camion transporte 18 tonnes de cathode vers l'usine, année après année.", "fr")
    assert [m for m in doc.mentions if m.label == "CAPACITY"] == []
