"""Stock markets the long town list holds as towns, and people named after an office that opens the
sentence (sentences written for these tests)."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


@pytest.mark.parametrize("text,language,market", [
    ("Tervia, a Dax-listed group, is building a plant near Leipzig.", "en", "Dax"),
    ("Die im Dax notierte Tervia Energie baut ein Werk bei Leipzig.", "de", "Dax"),
    ("Der Dax-notierte Konzern Tervia Energie baut ein Werk.", "de", "Dax"),
    ("Tervia Energia, quotata in Borsa dal 2019, costruisce un impianto a Brindisi.", "it", "Borsa"),
    ("Tervia Energía salió a Bolsa en 2021 y construye una planta en Toledo.", "es", "Bolsa"),
])
def test_a_stock_market_is_no_town(text, language, market):
    assert market not in [t for t, _ in spans(run(text, language), "PLACE")]


@pytest.mark.parametrize("text,language", [
    ("Tervia construit une usine à Dax, dans les Landes.", "fr"),
    ("Tervia is building its second plant in Dax, in south-west France.", "en"),
])
def test_the_town_stays_a_town(text, language):
    assert ("Dax", "Dax") in spans(run(text, language), "PLACE")


@pytest.mark.parametrize("text", [
    "Council leader Hamish Dunmore said the city would welcome the plant.",
    "The city's council leader Hamish Dunmore said the plant was good news.",
    "Mayor Hamish Dunmore said the plant would bring 900 jobs.",
    "Spokeswoman Ailsa Brackenridge said the plant would stay open.",
])
def test_a_name_after_an_office_is_a_person(text):
    assert [t for t, _ in spans(run(text, "en"), "COMPANY")] == []

