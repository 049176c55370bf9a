""""The startup" names a young company: one the story introduced as a startup, else one the gazetteer
does not know, else a known company of a young trade (cells, charging, software) - never an incumbent
(an oil company, a carmaker, a utility) named nearer. Real names for the gazetteer's kinds, invented
sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text,description", [
    ("es", "Basquevolt ha cerrado una ronda de financiación. También circuló el nombre de Repsol como posible "
           "inversor. Mientras tanto, la start-up trabaja ya con clientes potenciales.", "la start-up"),
    ("en", "Northvolt raised new money this spring. Volkswagen was named as a possible investor. Meanwhile, "
           "the startup is testing its cells with customers.", "the startup"),
    ("it", "Verkor ha chiuso un round di finanziamento. Anche Renault era stata indicata come possibile "
           "investitore. Intanto la start-up prova le sue celle con alcuni clienti.", "la start-up"),
])
def test_the_startup_is_never_the_incumbent_named_nearer(language, text, description):
    got = dict(spans(run(text, language), "COMPANY"))
    assert got.get(description) not in ("Repsol", "Volkswagen", "Renault")


def test_the_startup_after_a_young_company_known_to_the_gazetteer():
    text = ("Basquevolt ha cerrado una ronda de financiación. También circuló el nombre de Repsol. "
            "Mientras tanto, la start-up trabaja ya con clientes potenciales.")
    assert ("la start-up", "Basquevolt") in spans(run(text, "es"), "COMPANY")


# --- a description naming a town of two words: "das Unternehmen aus San José" --------------------------

@pytest.mark.parametrize("language,text,description", [
    ("de", "Lyten hat die Northvolt-Tochter Northvolt Ett übernommen. Das Unternehmen aus San José hat "
           "Kapital eingesammelt.", "Das Unternehmen aus San José"),
    ("en", "Lyten has bought Northvolt Ett. The company from San Jose has raised new money.",
           "The company from San Jose"),
])
def test_a_town_of_two_words_after_the_noun_picks_the_company_at_home_there(language, text, description):
    assert (description, "Lyten") in spans(run(text, language), "COMPANY")



# --- a bare "the company" is the business the story is about, before a bank or fund named nearer ------

@pytest.mark.parametrize("language,text,description", [
    ("es", "Basquevolt ha cerrado una ronda de 52 millones. Ha entrado como nuevo socio Kutxabank, que se "
           "queda con el 8%. Los fondos servirán para la gigafactoría que la empresa quiere levantar.", "la empresa"),
    ("en", "Verkor closed a new round this week. BlackRock joined as a new shareholder. The money will pay "
           "for the plant the company is building in Dunkirk.", "the company"),
])
def test_a_bare_company_noun_skips_a_fund_named_nearer(language, text, description):
    got = dict(spans(run(text, language), "COMPANY"))
    assert got.get(description) in ("Basquevolt", "Verkor")


def test_a_fund_is_still_the_company_when_no_business_is_named():
    text = "BlackRock raised its stake in a listed fund. The company said the deal closed on Monday."
    assert ("The company", "BlackRock") in spans(run(text, "en"), "COMPANY")


# --- es/it: a description, its field, then the company itself is no reference back ---------------------

@pytest.mark.parametrize("language,text,description", [
    ("es", "Kestrel vendió su participación a Almara, que es también dueño de la fabricante de llantas Bridgestone.",
     "la fabricante"),
    ("it", "Kestrel ha ceduto la quota ad Almara, che controlla anche il produttore di pneumatici Pirelli.",
     "il produttore"),
])
def test_a_description_with_its_field_before_a_name_is_that_name(language, text, description):
    assert description not in dict(spans(run(text, language), "COMPANY"))
