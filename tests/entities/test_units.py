"""Companies named after a known company ("Repsol Renovables", "Posco Argentina") are companies of
their own, apart from the known one; other capitalised words after a known name are not."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


@pytest.mark.parametrize(
    "text, language, unit",
    [
        ("Iberdrola Renovables signed a power purchase agreement with a steelmaker.", "en", "Iberdrola Renovables"),
        ("Il contratto è stato firmato da Enel Rinnovabili e da un gruppo siderurgico.", "it", "Enel Rinnovabili"),
        ("Shell sold the business to Siemens Mobility last year.", "en", "Siemens Mobility"),
        ("Les cellules de Stellantis Ventures seront testées à Turin.", "fr", "Stellantis Ventures"),
        ("The cathode plant of Umicore Battery Materials Finland is running.", "en", "Umicore Battery Materials Finland"),
        ("Volvo Cars bought inverters from Hyundai Mobis and Toyota Battery Systems.", "en", "Toyota Battery Systems"),
        ("El litio lo produce Rio Tinto Argentina en Salta.", "es", "Rio Tinto Argentina"),
        ("BMW ordered chips from Infineon and LG Samsung e-Powertrain for its vans.", "en", "LG Samsung e-Powertrain"),
        ("Marelli vuole cedere Marelli Automotive Lighting a un gruppo cinese.", "it", "Marelli Automotive Lighting"),
        ("Forvia verkauft Forvia Seating an einen Finanzinvestor.", "de", "Forvia Seating"),
        ("Apollo will buy Forvia Interiors this year.", "en", "Forvia Interiors"),
        ("Valeo Electronics livrera des capteurs à Renault.", "fr", "Valeo Electronics"),
        ("A Nordic fund now owns Valeo Systems Industrial after a two-year search.", "en", "Valeo Systems Industrial"),
        # an energy arm in Spanish and Italian (the rule needs a known name before the word)
        ("Los paquetes de baterías los fabrica Stellantis Energía en Zaragoza.", "es", "Stellantis Energía"),
        ("Il contratto è stato firmato da Pirelli Energia e da un gruppo siderurgico.", "it", "Pirelli Energia"),
    ],
)
def test_a_known_name_with_a_business_word_or_country_is_another_company(text, language, unit):
    doc = run(text, language)
    assert (unit, unit) in spans(doc, "COMPANY"), spans(doc, "COMPANY")


def test_known_names_inside_a_joint_company_name_go_with_it():
    doc = run("BMW ordered chips from LG Samsung e-Powertrain for its vans.", "en")
    names = [c for _, c in spans(doc, "COMPANY")]
    assert "Samsung Electronics" not in names and "Samsung" not in names, names


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Tesla Battery Day was a success for the carmaker.", "en", "Tesla"),  # more name words follow
        ("CATL Batteries Power New BMW Models In Europe", "en", "CATL"),  # a title-case headline
        ("Die Varta-Tochter Power Cells liefert an Porsche.", "de", "Varta"),  # a German compound
        ("BMW Group said sales rose.", "en", "BMW"),  # a group word is the same company
    ],
)
def test_other_words_after_a_known_name_leave_it_alone(text, language, kept):
    doc = run(text, language)
    assert kept in [c for _, c in spans(doc, "COMPANY")], spans(doc, "COMPANY")


def test_a_unit_goes_by_its_own_word_once_its_full_name_is_in_the_document():
    doc = run("Two bidders circle Lifetec, the airbag business. The sale of ZF Lifetec could close by summer.", "en")
    assert ("Lifetec", "ZF Lifetec") in spans(doc, "COMPANY")
    doc = run("The Lifetec brand of helmets sold well this year.", "en")
    assert ("Lifetec", "ZF Lifetec") not in spans(doc, "COMPANY")


# --- national and regional units named with a connector or a continent of two words ---------------------------

@pytest.mark.parametrize("text, language, unit", [
    ("Daimler Truck North America wird ab 2027 Zellen aus Michigan beziehen.", "de", "Daimler Truck North America"),
    ("Geely übernimmt 26 Prozent an Renault do Brasil.", "de", "Renault do Brasil"),
    ("BMW of North America recalled 5,000 cars.", "en", "BMW of North America"),
    ("Volkswagen do Brasil baut in São Paulo einen Transporter.", "de", "Volkswagen do Brasil"),
    ("Hyundai Motor Latin America abrirá una planta.", "es", "Hyundai Motor Latin America"),
])
def test_a_known_name_with_a_region_is_a_unit(text, language, unit):
    doc = run(text, language)
    assert (unit, unit) in spans(doc, "COMPANY"), spans(doc, "COMPANY")
    assert unit.split()[0] not in [s for s, _ in spans(doc, "COMPANY")]


@pytest.mark.parametrize("text, language, name", [
    ("Tesla liefert Autos nach Europa und Nordamerika.", "de", "Tesla"),
    ("Die Verkäufe von BMW in Europa sanken.", "de", "BMW"),
    ("BMW Europa Chef Müller sprach in Berlin.", "de", "BMW"),  # one continent word is no unit
    ("Sales of Tesla in North America fell.", "en", "Tesla"),
])
def test_a_known_name_before_a_region_in_a_phrase_stays(text, language, name):
    assert name in [s for s, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("text,name", [
    ("Im Oberrheingraben will Umicore Lithium aus Thermalwasser gewinnen.", "Umicore"),
    ("Ab 2027 liefert Salzgitter Stahl an den Autobauer.", "Salzgitter"),
])
def test_a_german_noun_after_a_known_name_is_its_object_not_a_unit(text, name):
    # (German capitalises every noun: "Lithium" alone after the name is what the verb acts on)
    found = [surface for surface, _ in spans(run(text, "de"), "COMPANY")]
    assert name in found and not any(s.startswith(name + " ") for s in found), found


@pytest.mark.parametrize(
    "text, language, unit",
    [
        # words that leave a company the same, then a country or a continent: a national unit
        ("Bosch Automotive Systems Hungary will supply brake units to Audi.", "en", "Bosch Automotive Systems Hungary"),
        ("Valeo Automotive España suministrará faros a Seat desde Martorell.", "es", "Valeo Automotive España"),
        ("Le site appartient à Forvia Systems Poland depuis 2022.", "fr", "Forvia Systems Poland"),
        ("Gli ordini arrivano a Denso Europe, che li gira alle fabbriche.", "it", "Denso Europe"),
        # a subsidiary noun before a known name: the words after it are the unit's own name
        ("La filiale rumena Hella Componente ha firmato con Dacia.", "it", "Hella Componente"),
        ("Dort fertigt die Tochter LG Energy Solution Wroclaw Batteriemodule für mehrere Hersteller.", "de",
         "LG Energy Solution Wroclaw"),
        ("Sa filiale tchèque Valeo Autoklimatizace a livré les premiers compresseurs.", "fr", "Valeo Autoklimatizace"),
        ("La filial brasileña Gestamp Paraná comenzó a producir en marzo.", "es", "Gestamp Paraná"),
    ],
)
def test_a_national_unit_or_a_unit_after_its_noun_is_another_company(text, language, unit):
    doc = run(text, language)
    assert (unit, unit) in spans(doc, "COMPANY"), spans(doc, "COMPANY")


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Bosch Automotive said its orders rose.", "en", "Bosch"),  # no country: the same company
        ("Die Tochter Bosch Group meldete Gewinne.", "de", "Bosch"),  # a group word after a unit noun
        ("Samsung SDI liefert Zellen, die Tochter Samsung SDI fertigt Batteriemodule.", "de", "Samsung SDI"),
    ],
)
def test_words_that_leave_a_company_the_same_or_a_german_noun_do_not_make_a_unit(text, language, kept):
    doc = run(text, language)
    names = [c for _, c in spans(doc, "COMPANY")]
    assert kept in names and not any(n.startswith(kept + " ") for n in names), names


def _home_country_case(text: str, known: str, country: str):
    """extend_unit_names on one sentence with one known company (invented) of the given home."""
    from tierscope.doc import Mention
    from tierscope.entities.matcher import tokenize
    from tierscope.entities.units import extend_unit_names

    start = text.index(known)
    m = Mention(start, start + len(known), known, "COMPANY", known, 0, "gazetteer", {"known": True, "country": country})
    out = extend_unit_names(text, [(0, 0, len(text), tokenize(text, 0, len(text)))], [m], "en")
    return [x.canonical for x in out if x.label == "COMPANY"]


def test_of_the_company_s_own_country_tells_where_it_comes_from():
    text = "The first cars ran on cells bought from Kestrova Energy of South Korea."
    assert _home_country_case(text, "Kestrova Energy", "KR") == ["Kestrova Energy"]


def test_of_another_country_names_a_national_unit():
    text = "The cells were bought from Kestrova Energy of South Korea."
    assert _home_country_case(text, "Kestrova Energy", "JP") == ["Kestrova Energy of South Korea"]
