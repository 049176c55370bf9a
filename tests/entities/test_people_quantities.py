"""People with roles, places, money and capacities."""

from __future__ import annotations

import pytest

from entity_helpers import first, run


def people(doc):
    return [(m.text, m.attrs["role"], m.attrs["company"]) for m in doc.mentions if m.label == "PERSON"]


@pytest.mark.parametrize(
    "language,text,expected",
    [
        ("en", "Tesla CEO Elon Musk said so.", ("Elon Musk", "CEO", "Tesla")),
        ("en", "Ford's chief executive Jim Farley agreed.", ("Jim Farley", "CEO", "Ford")),
        ("en", "Carlos Tavares, chief executive of Stellantis, left.", ("Carlos Tavares", "CEO", "Stellantis")),
        ("en", "CEO Jane Doe said demand fell.", ("Jane Doe", "CEO", None)),
        ("it", "L'amministratore delegato di Stellantis, Carlos Tavares, ha parlato.", ("Carlos Tavares", "CEO", "Stellantis")),
        ("de", "Vorstandschef Oliver Blume sprach.", ("Oliver Blume", "CEO", None)),
        ("de", "VW-Chef Oliver Blume sprach.", ("Oliver Blume", "CEO", "Volkswagen")),
        ("fr", "Le PDG de Renault, Luca de Meo, a parlé.", ("Luca de Meo", "CEO", "Renault")),
        ("es", "El consejero delegado de Seat, Wayne Griffiths, habló.", ("Wayne Griffiths", "CEO", "SEAT")),
    ],
)
def test_people_with_roles(language, text, expected):
    assert people(run(text, language)) == [expected]


def test_places_carry_country():
    doc = run("La fabbrica di Monaco di Baviera e quella di Termoli.", "it")
    assert [(m.text, m.canonical, m.attrs["country"]) for m in doc.mentions if m.label == "PLACE"] == [
        ("Monaco di Baviera", "Munich", "DE"),
        ("Termoli", "Termoli", "IT"),
    ]
    doc = run("Plants in Navalmoral de la Mata and Skellefteå.", "en")
    assert [m.attrs["country"] for m in doc.mentions if m.label == "PLACE"] == ["ES", "SE"]


@pytest.mark.parametrize(
    "language,text,surface,amount,currency",
    [
        ("en", "It costs $1.2 billion now.", "$1.2 billion", 1.2e9, "USD"),
        ("en", "It costs €450 million now.", "€450 million", 450e6, "EUR"),
        ("en", "It costs £450m now.", "£450m", 450e6, "GBP"),
        ("en", "It costs USD 5bn now.", "USD 5bn", 5e9, "USD"),
        ("en", "It costs $1,200 million now.", "$1,200 million", 1.2e9, "USD"),
        ("it", "Costa 1,7 miliardi di euro.", "1,7 miliardi di euro", 1.7e9, "EUR"),
        ("de", "Es kostet 2 Milliarden Euro.", "2 Milliarden Euro", 2e9, "EUR"),
        ("de", "Es kostet 500 Mio. € mehr.", "500 Mio. €", 500e6, "EUR"),
        ("fr", "Cela coûte 1,2 milliard d'euros.", "1,2 milliard d'euros", 1.2e9, "EUR"),
        ("es", "Cuesta 300 millones de euros.", "300 millones de euros", 300e6, "EUR"),
        ("es", "Cuesta 2.000 millones de dólares.", "2.000 millones de dólares", 2e9, "USD"),
    ],
)
def test_money(language, text, surface, amount, currency):
    m = first(run(text, language), "MONEY", surface)
    assert m.attrs["amount"] == pytest.approx(amount)
    assert m.attrs["currency"] == currency


@pytest.mark.parametrize(
    "language,text,surface,value,unit",
    [
        ("en", "A 30 GWh plant.", "30 GWh", 30, "GWh"),
        ("en", "A 30-GWh plant.", "30-GWh", 30, "GWh"),
        ("en", "A 20 GW park.", "20 GW", 20, "GW"),
        ("en", "It makes 100,000 tonnes a year.", "100,000 tonnes a year", 100000, "t/y"),
        ("en", "It makes 100,000 tonnes of lithium hydroxide a year.", "100,000 tonnes", 100000, "t/y"),
        ("it", "Una fabbrica da 40 gigawattora.", "40 gigawattora", 40, "GWh"),
        ("it", "Produrrà 500.000 veicoli l'anno.", "500.000 veicoli l'anno", 500000, "units/y"),
        ("de", "Ein Werk mit 40 Gigawattstunden.", "40 Gigawattstunden", 40, "GWh"),
        ("de", "Es recycelt 50.000 Tonnen pro Jahr.", "50.000 Tonnen pro Jahr", 50000, "t/y"),
        ("fr", "Une usine de 16 GWh par an.", "16 GWh", 16, "GWh"),
        ("es", "Una planta de 40 GWh.", "40 GWh", 40, "GWh"),
        # a preposition after the multiplier
        ("es", "Añadirá 2.6 millones de toneladas anuales.", "2.6 millones de toneladas anuales", 2.6e6, "t/y"),
        ("it", "Produrrà 2,5 milioni di tonnellate all'anno.", "2,5 milioni di tonnellate all'anno", 2.5e6, "t/y"),
        ("fr", "Elle produira 1,5 million de tonnes par an.", "1,5 million de tonnes par an", 1.5e6, "t/y"),
    ],
)
def test_capacity(language, text, surface, value, unit):
    m = first(run(text, language), "CAPACITY", surface)
    assert m.attrs["value"] == pytest.approx(value)
    assert m.attrs["unit"] == unit


def test_tonnes_without_a_period_are_not_capacity():
    assert [m for m in run("The car weighs 2 tonnes.", "en").mentions if m.label == "CAPACITY"] == []


def test_dates_when_the_dates_stage_exists():
    pytest.importorskip("tierscope.dates")
    doc = run("Production starts on 3 March 2026 in Debrecen.", "en")
    dates = [m for m in doc.mentions if m.label == "DATE"]
    assert dates and dates[0].attrs["date"] == "2026-03-03" and dates[0].sentence == 0
