"""German compound nouns that describe a company by its kind (entities/compounds.py)."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities.compounds import compound_country, compound_sector


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "word, sector",
    [
        ("Industriekonzern", None),
        ("Rüstungskonzern", "aerospace"),
        ("Familienunternehmen", None),
        ("Energieversorger", "energy"),
        ("Batterieriese", "battery_cells"),
        ("Sportwagenhersteller", "carmaker"),
        ("Anlagenbauer", None),
        ("Dax-Konzern", None),
        ("Industriekonzerns", None),
    ],
)
def test_a_compound_is_a_company_of_the_kind_its_first_part_names(word, sector):
    assert compound_sector(word) == (True, sector)


@pytest.mark.parametrize(
    "word", ["Mutterkonzern", "Tochterunternehmen", "Gemeinschaftsunternehmen", "Partnerunternehmen", "Konzern",
             "Bauer", "Zielunternehmen", "Kunden-Unternehmen"],
)
def test_a_compound_that_names_another_company_or_no_compound(word):
    assert compound_sector(word)[0] is False


def test_a_country_as_first_part():
    assert compound_country("US-Konzern") == "US"
    assert compound_country("China-Riese") == "CN"
    assert compound_country("Industriekonzern") is None


@pytest.mark.parametrize(
    "text, description, company",
    [
        ("Velqua GmbH liefert Stahl an BMW. Der Industriekonzern liefert auch an Audi.", "Der Industriekonzern",
         "Velqua"),
        ("Velqua GmbH liefert Stahl an BMW. Das Familienunternehmen liefert auch an Audi.",
         "Das Familienunternehmen", "Velqua"),
        ("Velqua GmbH liefert Stahl an BMW. Der Dax-Konzern liefert auch an Audi.", "Der Dax-Konzern", "Velqua"),
        ("Velqua GmbH liefert Stahl an BMW. Ein Sprecher des Traditionskonzerns bestätigte das.",
         "des Traditionskonzerns", "Velqua"),
        # the kind of the first part: the sports-car maker is the carmaker, not the subject that supplies it
        ("Velqua GmbH liefert Sitze an Porsche. Der Sportwagenhersteller baut ein neues Modell.",
         "Der Sportwagenhersteller", "Porsche"),
    ],
)
def test_a_german_compound_description_points_back(text, description, company):
    assert (description, company, 1) in corefs(run(text, "de"))


def test_a_compound_of_another_country_fits_no_german_company():
    # BMW and Thyssenkrupp are German
    found = corefs(run("BMW kauft Stahl bei Thyssenkrupp. Der US-Konzern kauft auch bei Salzgitter.", "de"))
    assert not [c for c in found if c[0] == "Der US-Konzern"]


def test_a_parent_compound_is_no_reference_back():
    found = corefs(run("Velqua GmbH liefert Stahl an BMW. Der Mutterkonzern liefert auch an Audi.", "de"))
    assert not found


def test_plural_compounds_point_to_no_single_company():
    found = corefs(run("Velqua GmbH liefert Stahl an BMW. Die Industriekonzerne liefern auch an Audi.", "de"))
    assert not found


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("de", "Der Verkauf der Tochter Velqua GmbH an Arvik Capital sei vollzogen, teilte der Konzern mit.",
         "der Konzern", None),
        ("it", "Norrlid Motors ha detto che la cessione della controllata Velqua S.p.A. è conclusa e che il gruppo "
               "resta in utile.", "il gruppo", "Norrlid Motors"),
    ],
)
def test_a_group_noun_is_not_the_unit_named_before_it(language, text, description, company):
    found = {d: c for d, c, _ in corefs(run(text, language))}
    assert found.get(description) != "Velqua"
    if company:
        assert found.get(description) == company
