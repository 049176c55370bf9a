"""Places and common nouns that look like company names: the end of a town's name after "an der" /
"am" ("Weilheim an der Teck"), a town named as a plant's site ("la planta de General Güemes"), and
German compounds on power ("Windstrom", "Wasserkraft"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


def companies(text, lang):
    return [s for s, _c in spans(run(text, lang), "COMPANY")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Kestrel baut ein Werk in Weilheim an der Teck."),
    ("en", "Kestrel will build its plant in Weilheim an der Teck next year."),
])
def test_a_name_ending_a_town_after_an_der_is_no_company(lang, text):
    assert companies(text, lang) == ["Kestrel"]


@pytest.mark.parametrize("lang, text", [
    ("es", "La planta de General Güemes producirá litio para Tesla."),
    ("en", "The plant of Kulim will make chips for Tesla."),
    ("it", "Lo stabilimento di Melfi produrrà batterie per Tesla."),
])
def test_a_town_named_as_a_plants_site_is_no_company(lang, text):
    assert companies(text, lang) == ["Tesla"]


@pytest.mark.parametrize("text", [
    "Kestrel kauft Windstrom und Wasserkraft aus Norwegen.",
    "Kestrel bezieht Ökostrom für das neue Werk.",
])
def test_german_power_compounds_are_no_companies(text):
    assert companies(text, "de") == ["Kestrel"]


def test_a_company_after_a_plant_noun_that_is_no_town_is_still_read():
    assert "Kestrel" in companies("La planta de Kestrel producirá litio.", "es")
