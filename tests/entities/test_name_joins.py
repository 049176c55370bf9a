"""Words inside a company's name that the name walks stopped at (entities/name_joins.py): an "e-"
part ("Marlow e-Drive"), a joining word before a family firm's partners ("Bianchi e Figli"), and a
joining word before trades ("Norbia Energía y Medio Ambiente"), while "X y Y" of two companies stays
two. Sentences and companies written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "Tarvik e-Motion builds motors in Derby. Renault buys its motors from Tarvik e-Motion.", "Tarvik e-Motion"),
        ("it", "Tarvik e-Motion produce motori a Brescia. Iveco compra i motori da Tarvik e-Motion.", "Tarvik e-Motion"),
        ("de", "Tarvik e-Motion baut Motoren in Ulm. MAN kauft die Motoren bei Tarvik e-Motion.", "Tarvik e-Motion"),
        ("fr", "Tarvik e-Motion fabrique des moteurs à Lyon. Renault achète ses moteurs à Tarvik e-Motion.", "Tarvik e-Motion"),
        ("es", "Tarvik e-Motion fabrica motores en Vigo. Seat compra sus motores a Tarvik e-Motion.", "Tarvik e-Motion"),
        ("en", "The British supplier Quorra e-Axle will deliver axles to Renault.", "Quorra e-Axle"),
        ("en", "Brennwald E-mobility, a unit of Brennwald, supplies chargers to Iveco.", "Brennwald E-mobility"),
    ],
)
def test_an_e_part_goes_on_the_name(language, text, name):
    names = companies(text, language)
    assert name in names
    first = name.split()[0]
    assert name.split()[1] not in names and name.split()[1].split("-")[1] not in names
    assert first not in names or "unit of" in text


def test_an_e_part_is_no_italian_and():
    names = companies("Velnor Power e-Charge ha firmato con Enel. Velnor Power e-Charge fornirà colonnine a Enel.", "it")
    assert "Velnor Power e-Charge" in names and "Charge" not in names and "e-Charge" not in names


def test_goods_with_a_lower_case_e_stay_out():
    names = companies("Nidec supplies the Valeo e-axle unit from its plant in Poland.", "en")
    assert not any(n and "e-axle" in n for n in names)


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "La società Bianchi e Figli fornirà telai a Ferrari.", "Bianchi e Figli"),
        ("de", "Die Brenner und Söhne GmbH liefert Kabel an BMW.", "Brenner und Söhne"),
        ("de", "Der Zulieferer Fuchs und Partner liefert Kabel an BMW.", "Fuchs und Partner"),
        ("fr", "L'équipementier Dupré et Fils fournira des câbles à Renault.", "Dupré et Fils"),
        ("es", "La empresa Garrido e Hijos suministrará piezas a Seat.", "Garrido e Hijos"),
        ("es", "La empresa Ferrer i Cia suministrará piezas a Seat.", "Ferrer i Cia"),
        ("en", "The supplier Harwood and Sons will deliver wiring to Jaguar.", "Harwood and Sons"),
    ],
)
def test_partners_of_a_family_firm_belong_to_its_name(language, text, name):
    names = companies(text, language)
    assert name in names
    assert name.split()[-1] not in names


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("es", "Korvax firmó un acuerdo con Norbia Energía y Medio Ambiente por cuarenta inversores.",
         "Norbia Energía y Medio Ambiente"),
        ("en", "The trader Brovik Exploration and Mining will supply graphite to Tesla.", "Brovik Exploration and Mining"),
        ("it", "La società Ravelli Costruzioni e Impianti fornirà cavi a Enel.", "Ravelli Costruzioni e Impianti"),
        ("de", "Die Brenner Bau und Umwelt GmbH liefert Beton an BMW.", "Brenner Bau und Umwelt"),
        ("fr", "Le groupe Morvan Énergie et Environnement fournira des batteries à Renault.", "Morvan Énergie et Environnement"),
    ],
)
def test_trades_after_a_joining_word_belong_to_the_name(language, text, name):
    names = companies(text, language)
    assert name in names
    tail = name.split(" ", 1)[1].split(None, 1)
    assert not any(n and n != name and n.endswith(name.split()[-1]) for n in names)


def test_a_known_company_with_its_trades_joined_is_one_company_named_in_full():
    text = ("Ormazabal firmó ayer un acuerdo con Solaria Energía y Medio Ambiente, que recibirá cuarenta transformadores. "
            "Ingeteam venderá inversores a Solaria.")
    names = companies(text, "es")
    assert "Medio Ambiente" not in names
    assert names.count("Solaria Energía y Medio Ambiente") == 2  # the short form too


@pytest.mark.parametrize(
    "language, text, pair",
    [
        ("es", "Iberdrola y Repsol firmaron un acuerdo con Seat.", ("Iberdrola", "Repsol")),
        ("es", "Iberdrola y Velmora Energía firmaron un acuerdo con Seat.", ("Iberdrola", "Velmora Energía")),
        ("it", "Enel e Brixo Ambiente hanno firmato un accordo.", ("Enel", "Brixo Ambiente")),
        ("en", "Stellantis and Mining Velcor signed a supply deal on Monday.", ("Stellantis", None)),
    ],
)
def test_two_companies_joined_stay_two(language, text, pair):
    names = companies(text, language)
    assert pair[0] in names
    if pair[1]:
        assert pair[1] in names
    assert not any(n and n.startswith(pair[0] + " ") for n in names)


def test_a_known_name_between_its_home_province_and_generic_words_is_its_full_name():
    # (Hithium, a known Chinese maker of Xiamen, stands in: a longer name of it written on the page)
    text = ("El fabricante chino de baterías Xiamen Hithium Power Technology ha firmado un contrato con Repsol. "
            "Hithium abrirá además una oficina en Madrid.")
    names = companies(text, "es")
    assert names.count("Xiamen Hithium Power Technology") == 2


@pytest.mark.parametrize(
    "text",
    [
        "La empresa Shanghai Volkswagen Automotive comprará baterías a CATL. Volkswagen lo confirmó.",
        "La empresa Xiamen Hithium suministrará baterías a Repsol. Hithium lo confirmó.",
    ],
)
def test_a_place_before_a_foreign_or_bare_name_is_no_full_name(text):
    names = companies(text, "es")
    assert "Volkswagen" in names or "Hithium" in names
