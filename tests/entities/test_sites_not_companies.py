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


@pytest.mark.parametrize("lang, text, expected", [
    # what a ministry or a department is in charge of is no company
    ("es", "El ministerio de Industria firmó con Kestrel un acuerdo para su planta.", ["Kestrel"]),
    ("it", "Il ministero delle Imprese ha firmato con Kestrel un accordo per Termoli.", ["Kestrel"]),
    ("en", "The department of Transportation signed an agreement with Stellantis on its trucks.", ["Stellantis"]),
    # regulators and ministries known by their acronyms
    ("it", "La Consob ha approvato il prospetto di Pirelli.", ["Pirelli"]),
    ("it", "Il Mimit e Kestrel hanno firmato un contratto di sviluppo.", ["Kestrel"]),
    ("es", "La CNMV autorizó la opa de Repsol sobre Naturgy.", ["Repsol", "Naturgy"]),
    ("fr", "L'AMF a validé l'offre de Stellantis sur Forvia.", ["Stellantis", "Forvia"]),
])
def test_public_bodies_are_no_companies(lang, text, expected):
    assert companies(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a company named after "of"/"de" with no public body before it is still read
    ("es", "La planta de Kestrel Motors en Vigo producirá baterías.", ["Kestrel Motors"]),
    ("en", "Brixo bought the battery unit of Kestrel Energy last year.", ["Brixo", "Kestrel Energy"]),
    ("it", "Il fondo ha comprato il 20% di Kestrel Holding.", ["Kestrel Holding"]),
])
def test_companies_after_of_are_still_read(lang, text, expected):
    assert companies(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # plants known by the name of their site (facts of the place list), as subjects and as customers
    ("es", "Balaídos producirá desde 2026 el nuevo SUV de Stellantis con baterías de CATL.", ["Stellantis", "CATL"]),
    ("es", "Forvia empezará a servir piezas a Balaídos a mediados de 2026.", ["Forvia"]),
    ("es", "Landaben fabricará el nuevo Polo eléctrico con celdas de PowerCo.", ["PowerCo"]),
    ("de", "Untertürkheim liefert künftig Elektromotoren an Mercedes-Benz.", ["Mercedes-Benz"]),
])
def test_plants_named_by_their_site_are_no_companies(lang, text, expected):
    assert companies(text, lang) == expected


@pytest.mark.parametrize("lang, text, person, kept", [
    # a one-word company name right after a given name is a person's surname
    ("fr", "Vincent Bolloré contrôle Vivendi, qui détient 23 % de Telecom Italia.", "Bolloré", "Vivendi"),
    ("en", "Henry Ford would not recognise Stellantis.", "Ford", "Stellantis"),
    ("de", "Ferdinand Porsche entwarf den Käfer, den Volkswagen ab 1945 baute.", "Porsche", "Volkswagen"),
])
def test_a_known_name_after_a_given_name_is_a_person(lang, text, person, kept):
    got = companies(text, lang)
    assert person not in got and kept in got


@pytest.mark.parametrize("lang, text, name", [
    # the company itself, and a company whose whole name starts with a given name
    ("fr", "Le groupe Bolloré contrôle Vivendi.", "Bolloré"),
    ("en", "Ford will buy cells from CATL.", "Ford"),
])
def test_the_company_alone_is_still_read(lang, text, name):
    assert name in companies(text, lang)
