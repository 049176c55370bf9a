"""Acronyms of a car's parts and functions ("les phares à LED", "il BMS", "ADAS sensors") are goods,
no companies. Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les phares à LED sont livrés par Marelli."),
    ("en", "The LED headlights and the ADAS sensors come from Valeo."),
    ("it", "Il BMS e i fari LED sono forniti da Marelli."),
    ("de", "Die LED-Scheinwerfer und das HUD liefert Hella."),
])
def test_parts_of_a_car_named_by_acronyms_are_no_companies(lang, text):
    got = [m.text for m in run(text, lang).mentions if m.label == "COMPANY"]
    assert not {"LED", "ADAS", "BMS", "HUD"} & set(got), got
