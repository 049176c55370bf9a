"""Goods written with "e-" in lower case after a known company ("Nidec e-axle unit", "the Valeo e-motor
unit") are what the unit makes, not its name: the company stays itself (entities/units.py); a unit's
line of business so written still names a unit ("Valeo e-mobility"). The sentences are made up."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str) -> list[str]:
    return [m.canonical for m in run(text, "en").mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("text, company, wrong", [
    ("Kestrel wins order to wind coils for Nidec e-axle unit.", "Nidec", "Nidec e-axle"),
    ("Kestrel supplies magnets to the Valeo e-motor unit.", "Valeo", "Valeo e-motor"),
])
def test_the_goods_are_no_name(text, company, wrong):
    found = companies(text)
    assert company in found and wrong not in found


def test_a_line_of_business_names_the_unit():  # a guard: "e-mobility" is a unit head
    assert "Valeo e-mobility" in companies("Kestrel supplies chargers to Valeo e-mobility, its unit.")
