"""A known company's unit whose name joins two words by "&" ("Valeo Air & Climat") is one company,
apart from its group, where an apposition or a unit noun right after it calls it a unit; German
writes that noun capitalised (", eine Tochter von Y") (entities/units.py ``_ampersand_unit_end``,
``_unit_apposition``). The sentences are made up; the groups are in the gazetteer."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("language, text, unit", [
    ("it", "Marelli Aria & Clima, la divisione del gruppo Marelli per la climatizzazione, fornirà compressori a Ferrari.",
     "Marelli Aria & Clima"),
    ("fr", "Valeo Air & Climat, la filiale du groupe Valeo, fournira des pompes à chaleur à Renault.", "Valeo Air & Climat"),
    ("es", "Forvia Asientos & Interiores, la filial del grupo Forvia, suministrará asientos a Seat.",
     "Forvia Asientos & Interiores"),
    ("en", "Forvia Seats & Trims, the seating division of Forvia, will supply Renault.", "Forvia Seats & Trims"),
    ("de", "Mahle Air & Cooling, eine Tochter von Mahle, liefert Kühlplatten an BMW.", "Mahle Air & Cooling"),
    ("de", "Mahle Thermal, eine Tochter von Mahle, liefert Kühlplatten an BMW.", "Mahle Thermal"),
])
def test_the_unit_is_named_whole(language, text, unit):
    assert unit in companies(text, language)


def test_two_companies_joined_by_ampersand_stay_two():  # a guard: no apposition calls them a unit
    found = companies("Renault buys seats from Valeo & Forvia.", "en")
    assert "Valeo" in found and "Forvia" in found
