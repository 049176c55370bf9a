"""A place, initials and a business word make one name ("Aragón LFP Energy", "Texas LNG Power"): the place
is not a place there (``known._initials_inside``). A known name followed by a cathode or anode word
names the maker's unit or joint company ("Orano XTC Cathode", ``units.UNIT_HEADS``). The companies are
invented unless real gazetteer entries."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "La fabbrica fa capo a Sardegna NMC Energy, la joint venture dei due gruppi.", ["Sardegna NMC Energy"]),
        ("es", "Stellantis ha firmado con Galicia LFP Energy un contrato de suministro.",
         ["Stellantis", "Galicia LFP Energy"]),
        ("en", "Shell signed a supply deal with Texas LNG Power last week.", ["Shell", "Texas LNG Power"]),
        ("fr", "Renault a signé avec Normandie BMS Batteries un contrat de fourniture.",
         ["Renault", "Normandie BMS Batteries"]),
        ("de", "BASF liefert an Sachsen NMC Materials seit dem Frühjahr.", ["BASF", "Sachsen NMC Materials"]),
        ("fr", "Umicore Cathodes livrera des matériaux actifs à partir de 2027.", ["Umicore Cathodes"]),
        ("en", "Umicore Anode will ship its first material next year.", ["Umicore Anode"]),
    ],
)
def test_place_initials_business_word_and_cathode_units(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a known name's first word after a place stays the known company
        ("it", "In Polonia LG Energy Solution produce celle.", ["LG Energy Solution"]),
        # initials after a place with no business word after them: the place stays a place
        ("en", "Ford builds the F-150 in Michigan USA for the home market.", ["Ford"]),
    ],
)
def test_places_stay_places(language, text, expected):
    assert companies(text, language) == expected
