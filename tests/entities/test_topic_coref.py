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


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en",
         "Kestrel Cells wins order from Orvan Motors. Kestrel Cells will ship cells from 2027, Kestrel "
         "Cells said. The order from Scania, which has fitted the cells since 2019, was renewed by the "
         "company in March.",
         "the company"),
        ("fr",
         "Kestrel Cells remporte une commande d'Orvan Motors. Kestrel Cells livrera des cellules dès 2027,"
         " a indiqué Kestrel Cells. Le contrat avec Scania, qui monte les cellules depuis 2019, a été "
         "renouvelé par la société en mars.",
         "la société"),
        ("it",
         "Kestrel Cells vince una commessa di Orvan Motors. Kestrel Cells fornirà celle dal 2027, ha detto"
         " Kestrel Cells. Il contratto con Scania, che monta le celle dal 2019, è stato rinnovato dalla "
         "società a marzo.",
         "dalla società"),
        ("es",
         "Kestrel Cells gana un pedido de Orvan Motors. Kestrel Cells suministrará celdas desde 2027, "
         "informó Kestrel Cells. El contrato con Scania, que monta las celdas desde 2019, fue renovado por"
         " la empresa en marzo.",
         "la empresa"),
        ("de",
         "Kestrel Cells gewinnt Auftrag von Orvan Motors. Kestrel Cells soll von 2027 an Zellen liefern, "
         "teilte Kestrel Cells mit. Der Vertrag mit Scania, das die Zellen seit 2019 verbaut, wurde von "
         "dem Unternehmen im März verlängert.",
         "dem Unternehmen"),
    ],
)
def test_a_relative_clause_in_the_descriptions_own_sentence_does_not_keep_its_company(language, text, description):
    # the relative clause ends before the clause of the description: the story's topic, not the passing customer
    assert (description, "Kestrel Cells") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en",
         "Kestrel Cells wins order from Orvan Motors. Kestrel Cells will ship cells from 2027, Kestrel "
         "Cells said. The cells will also go to Scania, which buys its packs from Volvo Group. In Texas "
         "the company runs a second plant.",
         "the company"),
        ("fr",
         "Kestrel Cells remporte une commande d'Orvan Motors. Kestrel Cells livrera des cellules dès 2027,"
         " a indiqué Kestrel Cells. Les cellules iront aussi à Scania, qui achète ses packs à Volvo Group."
         " Au Texas, la société exploite une deuxième usine.",
         "la société"),
        ("it",
         "Kestrel Cells vince una commessa di Orvan Motors. Kestrel Cells fornirà celle dal 2027, ha detto"
         " Kestrel Cells. Le celle andranno anche a Scania, che compra i pacchi da Volvo Group. In Texas "
         "la società gestisce un secondo stabilimento.",
         "la società"),
        ("es",
         "Kestrel Cells gana un pedido de Orvan Motors. Kestrel Cells suministrará celdas desde 2027, "
         "informó Kestrel Cells. Las celdas irán también a Scania, que compra los paquetes a Volvo Group. "
         "En Texas la empresa opera una segunda planta.",
         "la empresa"),
        ("de",
         "Kestrel Cells gewinnt Auftrag von Orvan Motors. Kestrel Cells soll von 2027 an Zellen liefern, "
         "teilte Kestrel Cells mit. Die Zellen gehen auch an Scania, das die Pakete von Volvo Group "
         "bezieht. In Texas betreibt das Unternehmen ein zweites Werk.",
         "das Unternehmen"),
    ],
)
def test_a_relative_clause_that_names_another_company_does_not_keep_its_company(language, text, description):
    # "Su cliente es BMW, que monta celdas de la coreana. En Estados Unidos, la firma opera ...": the relative
    # clause tells the passing company's own dealings; the story goes back to its topic
    assert (description, "Kestrel Cells") in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en",
         "Volkswagen cuts jobs in Wolfsburg. Volkswagen will cut 3,000 jobs, Volkswagen said. In March "
         "work also paused at PowerCo, which builds cells in Salzgitter. The group sold a stake in Traton "
         "as well.",
         "The group"),
        ("fr",
         "Volkswagen supprime des emplois à Wolfsburg. Volkswagen supprimera 3 000 postes, a indiqué "
         "Volkswagen. En mars, le travail a aussi ralenti chez PowerCo, qui fabrique des cellules à "
         "Salzgitter. Le groupe a également cédé une part de Traton.",
         "Le groupe"),
        ("it",
         "Volkswagen taglia posti a Wolfsburg. Volkswagen taglierà 3.000 posti, ha detto Volkswagen. A "
         "marzo il lavoro ha rallentato anche presso PowerCo, che produce celle a Salisburgo. Il gruppo ha"
         " anche ceduto una quota di Traton.",
         "Il gruppo"),
        ("es",
         "Volkswagen recorta empleo en Wolfsburgo. Volkswagen eliminará 3.000 puestos, informó Volkswagen."
         " En marzo el trabajo también se frenó en PowerCo, que fabrica celdas en Salzgitter. El grupo "
         "también vendió una participación en Traton.",
         "El grupo"),
        ("de",
         "Volkswagen streicht Stellen in Wolfsburg. Volkswagen will 3000 Stellen streichen, teilte "
         "Volkswagen mit. Im März stockte die Arbeit auch bei PowerCo, das in Salzgitter Zellen fertigt. "
         "Der Konzern verkaufte zudem einen Anteil an Traton.",
         "Der Konzern"),
    ],
)
def test_the_group_after_the_topics_unit_with_a_relative_clause_is_the_topic(language, text, description):
    # the unit's relative clause keeps no "the group" from its parent, the story's topic
    assert (description, "Volkswagen") in corefs(run(text, language))


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
