"""Supply sentences where no candidate was built for a pair: goods told by where they come from in
French, Italian and German as in English and Spanish ("Les cellules destinées à Z proviennent de Y",
"Le celle per Z arrivano da Y", "Die Zellen für Z stammen von Y"), a plant named by its owner after the
preposition of a source ("arrivano dallo stabilimento di Y", "aus dem Werk von Y"), and a German
subject whose apposition closes with a comma before the finite verb. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("fr", "Les cellules destinées à BMW viennent de CATL.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("fr", "Les batteries des Zoe de Renault proviennent de LG Energy Solution.", ["Renault", "LG Energy Solution"],
     [("LG Energy Solution", "Renault")]),
    ("fr", "Les cellules de la iX3 de BMW proviennent de l'usine hongroise de CATL.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("it", "Le celle per BMW provengono da CATL.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("it", "Le batterie della Model Y di Tesla arrivano in parte da Panasonic.", ["Tesla", "Panasonic"], [("Panasonic", "Tesla")]),
    ("it", "Le celle per BMW arrivano dallo stabilimento di CATL a Debrecen.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("de", "Die Zellen für den iX3 von BMW stammen aus dem Werk von CATL in Debrecen.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("de", "Die Zellen für BMW kommen zum Teil von CATL.", ["BMW", "CATL"], [("CATL", "BMW")]),
])
def test_goods_come_from_their_maker_or_its_plant(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # demand, not goods, comes from the company
    ("fr", "La demande de cellules de Renault vient surtout de Nissan.", ["Renault", "Nissan"]),
    # the goods' owner past the goods after the verb: no plant of a source
    ("fr", "Ionway livrera les matériaux des gigafactories de PowerCo.", ["Ionway", "PowerCo"]),
])
def test_no_source_where_the_goods_are_not_what_comes(lang, sentence, companies):
    assert ("Nissan", "Renault") not in supplies(sentence, companies, lang)
    assert ("PowerCo", "Ionway") not in supplies(sentence, companies, lang)


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("de", "CATL, der weltgrößte Batteriehersteller, wird BMW aus seinem Werk in Debrecen beliefern.",
     {"CATL": "CATL", "der weltgrößte Batteriehersteller": "CATL", "BMW": "BMW"}, [("CATL", "BMW")]),
    ("de", "Bosch, der größte Zulieferer der Welt, soll Ford ab 2026 mit Wechselrichtern beliefern.",
     {"Bosch": "Bosch", "der größte Zulieferer der Welt": "Bosch", "Ford": "Ford"}, [("Bosch", "Ford")]),
])
def test_a_german_subject_apposition_closed_before_the_verb(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    # the noun of supplying someone ("beliefern", "approvisionner", "rifornire", "abastecer" take the customer
    # as object): its "of" complement is the customer, the clause subject or the agent supplies
    ("de", "Lear hat die Belieferung von Ford mit dem Produktionsende eingestellt.", ["Lear", "Ford"], [("Lear", "Ford")]),
    ("de", "Die Belieferung von BMW durch CATL beginnt 2026.", ["BMW", "CATL"], [("CATL", "BMW")]),
    ("fr", "CATL assurera l'approvisionnement de Renault en cellules dès 2026.", ["CATL", "Renault"], [("CATL", "Renault")]),
    ("it", "CATL garantirà il rifornimento di Stellantis a partire dal 2026.", ["CATL", "Stellantis"], [("CATL", "Stellantis")]),
    ("es", "CATL garantizará el abastecimiento de Stellantis a partir de 2026.", ["CATL", "Stellantis"], [("CATL", "Stellantis")]),
])
def test_the_noun_of_supplying_someone_names_the_customer(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # goods, not a company, after the noun: nothing
    ("fr", "Renault a sécurisé l'approvisionnement de ses usines auprès de CATL.", ["Renault", "CATL"]),
])
def test_the_noun_of_supplying_goods_names_no_customer(lang, sentence, companies):
    assert ("Renault", "CATL") not in supplies(sentence, companies, lang)
