"""Second coreference round: who a description cannot be (the subject that takes control of it), sources
close to a company, home towns, the subject after an opening apposition, and a subject description
that goes on with the company opening the sentence before."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


def resolved(doc, text):
    return [canonical for t, canonical in corefs(doc) if t == text]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("en", "Stellantis plans to buy most of Symbio and take control of the company next year.",
         "the company", "Symbio"),
        ("de", "Mercedes-Benz will Northvolt übernehmen und damit die Kontrolle über das Unternehmen erlangen.",
         "das Unternehmen", "Northvolt"),
        ("de", "Northvolt sucht einen Investor. Mercedes-Benz will die Kontrolle über das Unternehmen übernehmen.",
         "das Unternehmen", "Northvolt"),
        ("es", "Repsol comprará el 60% de Basquevolt y tomará así el control de la empresa.",
         "la empresa", "Basquevolt"),
        ("fr", "Renault va racheter 60 % de Symbio et prendre le contrôle de la société.", "la société", "Symbio"),
        ("it", "Brembo comprerà il 70% di Öhlins Racing e assumerà il controllo della società.",
         "della società", "Öhlins Racing"),
        ("it", "Iveco Group è salita del 6%. Secondo indiscrezioni, Tata Motors sarebbe in trattativa per "
               "rilevare il controllo del costruttore di camion.", "del costruttore di camion", "Iveco"),
    ],
)
def test_control_is_taken_of_another_company_than_the_subject(language, text, description, company):
    assert resolved(run(text, language), description) == [company]


@pytest.mark.parametrize(
    "language, text, description",
    [
        # two companies named as objects: whose control it is stays open
        ("de", "Mercedes-Benz will die Anteile von Stellantis an dem Zellhersteller Northvolt übernehmen und damit "
               "die Kontrolle über das Unternehmen erlangen.", "das Unternehmen"),
        ("en", "Renault wants to buy Stellantis's stake in Symbio and take control of the company.", "the company"),
    ],
)
def test_control_of_one_of_several_objects_stays_unresolved(language, text, description):
    doc = run(text, language)
    assert resolved(doc, description) == []


def test_the_verb_control_is_no_control_noun():
    doc = run("Autoliv domine le marché, devant Forvia, filiale de Michelin, qui contrôle la société depuis 2016.",
              "fr")
    assert ("la société", "Forvia") in corefs(doc)


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("en", "Reuters reported that Tianqi Lithium was preparing an offer for Liontown Resources, citing people "
               "close to the Chinese company.", "the Chinese company", "Tianqi Lithium"),
        ("es", "Según la prensa, Iberdrola negocia la compra de Basquevolt, informaron fuentes cercanas a la "
               "empresa española.", "la empresa española", "Iberdrola"),
        ("fr", "Selon la presse, Renault négocie le rachat de Symbio, ont indiqué des sources proches du groupe "
               "français.", "du groupe français", "Renault"),
    ],
)
def test_people_close_to_a_company_are_a_source_not_an_argument(language, text, description, company):
    assert resolved(run(text, language), description) == [company]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("es", "General Motors y LG Energy Solution controlan Ultium Cells. El fabricante de Detroit compra las "
               "celdas.", "El fabricante de Detroit", "General Motors"),
        ("en", "General Motors and LG Energy Solution own Ultium Cells. The Detroit carmaker buys all of its "
               "cells.", "The Detroit carmaker", "General Motors"),
    ],
)
def test_a_home_town_goes_to_a_company_known_to_be_at_home_there(language, text, description, company):
    assert resolved(run(text, language), description) == [company]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("fr", "Filiale du groupe Stellantis, Leapmotor International s'est imposé sur le marché européen. Il "
               "exploite une usine à Saragosse.", "Il"),
        ("fr", "Partenaire de Renault, Valeo s'est imposé en Europe. Il fournit des moteurs à Stellantis.", "Il"),
        ("es", "Filial de Stellantis, Leapmotor International se ha consolidado en Europa. La empresa compra "
               "celdas a CATL.", "La empresa"),
        ("en", "A unit of Stellantis, Leapmotor International has grown fast in Europe. The company buys cells "
               "from CATL.", "The company"),
        ("it", "Controllata di Stellantis, Leapmotor International è cresciuta in Europa. La società compra "
               "celle da CATL.", "La società"),
    ],
)
def test_the_subject_after_an_opening_apposition_is_no_list_member(language, text, description):
    doc = run(text, language)
    subject = "Valeo" if "Valeo" in text else "Leapmotor International"
    assert resolved(doc, description) == [subject]


def test_a_list_after_a_comma_stays_a_list():
    doc = run("Gestamp firmó con Toyota, Hyundai Motor y Kia. La empresa fabricará chasis.", "es")
    assert resolved(doc, "La empresa") == ["Gestamp"]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("es", "Volkswagen reparte sus pedidos entre LG Energy Solution, que le vende celdas en Polonia, y CATL, "
               "que le sirve celdas desde Alemania. A la vez, el grupo ha creado una filial de baterías.",
         "el grupo", "Volkswagen"),
        ("it", "Stellantis divide gli ordini tra LG Energy Solution, che vende celle dalla Polonia, e CATL, che "
               "fornisce celle dalla Cina. Il gruppo ha inoltre creato una società per il riciclo.",
         "Il gruppo", "Stellantis"),
        ("fr", "Renault partage ses commandes entre LG Energy Solution, qui livre des cellules depuis la Pologne, "
               "et CATL, qui fournit des cellules depuis la Chine. Le groupe a par ailleurs créé une filiale.",
         "Le groupe", "Renault"),
    ],
)
def test_a_subject_description_goes_on_with_the_company_opening_the_sentence_before(
        language, text, description, company):
    assert resolved(run(text, language), description) == [company]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("en", "Pilbara Minerals is the largest producer. Albemarle walked away from its pursuit of Liontown "
               "Resources after Hancock Prospecting built a stake in the Perth company.", "the Perth company",
         "Liontown Resources"),
        ("en", "Stellantis and Samsung SDI run StarPlus Energy. The Amsterdam carmaker buys its cells.",
         "The Amsterdam carmaker", "Stellantis"),
    ],
)
def test_a_town_before_the_noun_states_the_home_town(language, text, description, company):
    assert resolved(run(text, language), description) == [company]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "Ford and SK On ended BlueOval SK. The Detroit automaker keeps the plants.", "The Detroit automaker"),
        ("es", "Ford y SK On anunciaron la disolución de BlueOval SK. El fabricante de Detroit se quedará con las "
               "dos plantas de Kentucky.", "El fabricante de Detroit"),
        ("fr", "Ford et SK On ont dissous BlueOval SK. Le constructeur de Detroit garde les deux usines du "
               "Kentucky.", "Le constructeur de Detroit"),
    ],
)
def test_a_suburb_is_at_home_in_its_city(language, text, description):
    assert resolved(run(text, language), description) == ["Ford"]


@pytest.mark.parametrize(
    "language, text, description, company",
    [
        ("es", "Envision AESC levantará su gigafactoría en Navalmoral. El alcalde celebró la noticia. Habló de "
               "vivienda. Pidió más pisos. Recordó el paro. Citó a los vecinos. Elogió a la Junta. La empresa de "
               "baterías anunció también un acuerdo con Urbaser.", "La empresa de baterías", "AESC"),
        ("en", "Envision AESC will build its plant near Navalmoral. The mayor welcomed the news. He spoke of "
               "housing. He asked for flats. He cited jobs. He thanked the region. He praised the unions. The "
               "battery maker also announced a deal with Urbaser.", "The battery maker", "AESC"),
    ],
)
def test_the_one_company_of_the_stated_kind_further_back_in_the_story(language, text, description, company):
    assert resolved(run(text, language), description) == [company]


def test_two_companies_of_the_stated_kind_further_back_leave_it_open():
    doc = run("Envision AESC and CATL will build plants in Spain. The mayor welcomed the news. He spoke of "
              "housing. He asked for flats. He cited jobs. He thanked the region. He praised the unions. The "
              "battery maker also announced a deal with Urbaser.", "en")
    assert resolved(doc, "The battery maker") == []


def test_object_it_after_a_relative_stays_open_with_another_company_between():
    doc = run("Hankook & Company took control of Hanon Systems in 2025 after buying out the fund Hahn & Co, which "
              "had owned it since 2015.", "en")
    assert [m.canonical for m in doc.mentions if m.text == "it"] == []
    doc = run("Novelis is a subsidiary of Hindalco, which bought it in 2007.", "en")
    assert [m.canonical for m in doc.mentions if m.text == "it"] == ["Novelis"]
