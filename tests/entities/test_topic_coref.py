"""A description that states nothing of its company is the story's topic (the company of the
headline and lead, named most often) when the nearest candidate only passes through."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description, topic",
    [
        ("en", "Umicore wins cathode order from Renault. Umicore will supply cathode material from "
               "2027, Umicore said. Output at the assembly plant near Douai, which builds cars for Renault, is "
               "rising. The company will ship the material from Poland.", "The company", "Umicore"),
        ("it", "Brembo firma con BYD. Brembo fornirà i freni dal 2026, ha detto Brembo. Le auto saranno "
               "assemblate in Ungheria nella nuova fabbrica di BYD. La società non ha reso noto il valore della "
               "commessa.", "La società", "Brembo"),
        ("de", "Mahle gewinnt Auftrag von BMW. Mahle soll von 2027 an Thermomodule liefern, teilte Mahle "
               "mit. Die Module gehen in die Werke in Leipzig und Debrecen, die Fahrzeuge für BMW bauen. Das "
               "Unternehmen will dafür ein neues Werk in Polen errichten.", "Das Unternehmen", "Mahle"),
        ("es", "Gestamp gana un contrato de Volkswagen. Gestamp suministrará bastidores, informó "
               "Gestamp. Las piezas irán a la planta de Navarra, donde se montan los coches de Volkswagen. La "
               "empresa invertirá 50 millones en la fábrica.", "La empresa", "Gestamp"),
        ("fr", "Valeo remporte un contrat de Stellantis. Valeo fournira des pompes à chaleur, a "
               "indiqué Valeo. Les pompes équiperont les modèles assemblés à Sochaux pour Stellantis. Le groupe "
               "produira les pompes en Pologne.", "Le groupe", "Valeo"),
    ],
)
def test_a_bare_description_is_the_topic_not_a_company_passing_through(language, text, description, topic):
    assert (description, topic) in corefs(run(text, language))


def test_a_possessive_in_the_object_of_another_company_is_not_that_company():
    doc = run("Umicore wins cathode order from Renault. Umicore will supply cathode material, Umicore "
              "said. Renault buys the cells from the company's plant in Poland.", "en")
    assert ("the company", "Umicore") in corefs(doc)


def test_a_company_that_opens_the_sentence_before_stays_the_antecedent():
    doc = run("Umicore wins cathode order from Renault. Umicore will supply cathode material, Umicore said. "
              "Renault declined to comment. The company's shares rose 2%.", "en")
    assert ("The company", "Renault") in corefs(doc)
    doc = run("Brembo firma con BYD. Brembo fornirà i freni dal 2026, ha detto Brembo. Per BYD è il primo "
              "ordine in Europa. La società non ha commentato.", "it")
    assert ("La società", "BYD") in corefs(doc)


def test_a_relative_clause_after_the_company_keeps_it_the_antecedent():
    doc = run("Valeo remporte un contrat de Stellantis. Valeo fournira des pompes à Stellantis, a indiqué Valeo. "
              "La perte de ce client est un revers pour Forvia, qui reste un acteur majeur. La société n'a pas "
              "souhaité commenter.", "fr")
    assert ("La société", "Forvia") in corefs(doc)


def test_not_the_topic_when_the_topic_is_named_after_the_description():
    doc = run("Gestamp gana un contrato de Volkswagen. Gestamp suministrará bastidores a Volkswagen, informó "
              "Gestamp. Las piezas irán a la planta de Navarra, donde se montan los coches de Volkswagen. La "
              "empresa compra además piezas a Gestamp.", "es")
    assert ("La empresa", "Gestamp") not in corefs(doc)


def test_a_story_without_a_clear_topic_keeps_the_nearest_company():
    doc = run("Umicore and Renault signed a deal. Output at the plant near Douai, which builds cars for Renault, "
              "is rising. The company will ship the material from Poland.", "en")
    assert ("The company", "Renault") in corefs(doc)


def test_a_unit_of_the_topic_stays_the_antecedent():
    doc = run("Iveco wins order from Renault. Iveco will supply trucks to Renault, Iveco said. The vehicles will be "
              "built at a plant of Iveco Defence Vehicles in Bolzano. The company employs 600 people there.", "en")
    found = dict(corefs(doc))
    assert found.get("The company") != "Iveco"


@pytest.mark.parametrize(
    "text",
    [
        "Mahle hat einen Auftrag gewonnen. Einer der größten Zulieferer der Branche ist Bosch.",
        "Mahle hat einen Auftrag gewonnen. Bosch verhandelt mit den Herstellern über Preise.",
        "Mahle hat einen Auftrag gewonnen. Die Werke der deutschen Hersteller sind kaum ausgelastet.",
    ],
)
def test_german_genitive_and_dative_plurals_point_to_no_single_company(text):
    assert corefs(run(text, "de")) == []


def test_german_singular_descriptions_still_point_back():
    doc = run("Mahle hat einen Auftrag gewonnen. Die Aktie des Konzerns stieg. BMW beliefert den Konzern.", "de")
    assert ("des Konzerns", "Mahle") in corefs(doc)


@pytest.mark.parametrize(
    "text, town, company",
    [
        ("Alpitronic baut ein zweites Werk. Der Netzbetreiber Ionity bezieht seit 2022 Ladesäulen aus Bozen.",
         "Bozen", "Alpitronic"),
        ("Volkswagen erhöht die Produktion. Schaeffler liefert die Lager künftig auch nach Wolfsburg.",
         "Wolfsburg", "Volkswagen"),
    ],
)
def test_a_german_home_town_after_aus_or_nach_stands_for_its_one_company(text, town, company):
    assert (town, company) in corefs(run(text, "de"))


def test_a_home_town_is_no_company_without_a_verb_of_sourcing_or_with_two_companies_there():
    assert ("Bozen", "Alpitronic") not in corefs(run("Alpitronic wächst. Ionity eröffnet eine Station aus Bozen.", "de"))
    doc = run("Porsche und Mahle wachsen. Bosch liefert die Teile nach Stuttgart.", "de")
    assert all(t != "Stuttgart" for t, _ in corefs(doc))
    doc = run("Alpitronic wächst. Alpitronic bezieht Teile aus Bozen.", "de")
    assert ("Bozen", "Alpitronic") not in corefs(doc)


def test_a_company_after_a_preposition_at_the_start_is_no_opener_unless_the_preposition_is_for():
    doc = run("Mahle gewinnt Auftrag von BMW. Mahle soll von 2027 an Thermomodule liefern, teilte Mahle mit. Bei "
              "BMW hieß es, man sei zufrieden. Das Unternehmen will dafür ein neues Werk in Polen errichten.", "de")
    assert ("Das Unternehmen", "Mahle") in corefs(doc)
    doc = run("Mahle gewinnt Auftrag von BMW. Mahle soll von 2027 an Thermomodule liefern, teilte Mahle mit. Für "
              "BMW ist es der erste Auftrag dieser Art. Das Unternehmen will dafür ein neues Werk errichten.", "de")
    assert ("Das Unternehmen", "BMW") in corefs(doc)


def test_a_company_with_an_indefinite_apposition_stays_the_antecedent():
    doc = run("Umicore wins cathode order from Renault. Umicore will supply cathode material, Umicore said. Most "
              "of it will go to the new plant run by Verkor, a French start-up. The company hires 300 people.", "en")
    assert ("The company", "Verkor") in corefs(doc)
