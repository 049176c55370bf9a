"""Unknown companies introduced as "<Place>-based <Name>" (English), and names that hold a geographic
word but end in a business word ("Meridian Bay Capital"). Every name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leeds-based Harrowfield Drives makes axial-flux motors for small vans.", "Harrowfield Drives"),
        ("Analysts said the Lyon-based Pelvane Industries opened a second line in March.", "Pelvane Industries"),
        ("A Seattle-based Quellmark Robotics builds the cell-handling machines.", "Quellmark Robotics"),
    ],
)
def test_a_name_after_place_based_is_a_company(text, name):
    assert name in companies(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "An LFP-based Strata pack powers the entry model.",  # no place before "-based": a product
        "A Boston-based analyst, Priya Raman, said the margins were thin.",  # a person
        "Paris-based Claire Dubois leads the purchasing team.",  # a given name: a person
    ],
)
def test_place_based_takes_no_product_or_person(text):
    assert companies(text, "en") == []


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "Shares jumped after Korrin Bay Capital, a private investment firm, agreed to buy a stake.", "Korrin Bay Capital"),
        ("en", "The buyer, Tessaly Lake Mining, said the deal would close in May.", "Tessaly Lake Mining"),
        ("it", "La società Valdorna Lago Energia ha firmato un accordo con Enel.", "Valdorna Lago Energia"),
        ("es", "La empresa Torvane Costa Renovables ha firmado un acuerdo de suministro.", "Torvane Costa Renovables"),
    ],
)
def test_a_geographic_word_inside_a_business_name_stays(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Tankers crossing the Red Sea carry fewer battery parts, the company said."),
        ("de", "Die Fabrik liegt an der Ostsee-Bucht, sagte das Unternehmen."),
    ],
)
def test_a_geographic_name_alone_is_no_company(language, text):
    assert companies(text, language) == []
