"""Plants: an amount in tonnes followed by a yearly capacity noun is a capacity in tonnes a year:
"24.000 Tonnen Jahreskapazität", "24,000 tonnes of annual capacity", "24.000 tonnellate di capacità
annua", "24 000 tonnes de capacité annuelle", "24.000 toneladas de capacidad anual"; an amount in
tonnes with another noun after it ("Tonnen Gewicht") is not.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _cap(fs):
    return [(f.owner, f.location, f.capacity) for f in fs]


@pytest.mark.parametrize("lang,text,place", [
    ("de", "Kornex plant in Kolkwitz einen Konverter mit 24.000 Tonnen Jahreskapazität.", "Kolkwitz"),
    ("en", "Kornex plans a lithium refinery in Ashby with 24,000 tonnes of annual capacity.", "Ashby"),
    ("it", "Kornex progetta a Cortona una raffineria da 24.000 tonnellate di capacità annua.", "Cortona"),
    ("fr", "Kornex prévoit à Sorbiers une raffinerie de 24 000 tonnes de capacité annuelle.", "Sorbiers"),
    ("es", "Kornex proyecta en Cortes una refinería de 24.000 toneladas de capacidad anual.", "Cortes"),
])
def test_tonnes_then_a_yearly_capacity_noun(lang, text, place):
    fs = facs(text, ["Kornex"], lang, places=[place])
    assert _cap(fs) == [("Kornex", place, {"value": 24000.0, "unit": "t/y"})]


def test_de_tonnes_of_something_else_is_no_capacity():
    fs = facs("Kornex stellt in Kolkwitz eine Presse mit 8.000 Tonnen Schließkraft in ihr Werk.", ["Kornex"], "de", places=["Kolkwitz"])
    assert all(f.capacity is None for f in fs)
