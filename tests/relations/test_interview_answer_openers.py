"""Interview answers read in the first person (entities/interview.py, entities/head_titles.py) and the
denial of "any agreement" beside a reported deal (relations/denied_deals.py), on pages written for this
file with made-up companies and people."""

from __future__ import annotations

import pytest


def _ties(doc) -> set[tuple[str, str, str, str]]:
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


_QA = {
    "it": "Intervista a Lucia Bassi, amministratrice delegata di Orvieto Cavi SpA\n\nD: Chi sono i vostri clienti?\n\n",
    "es": "Entrevista a Lucía Bravo, consejera delegada de Orvieto Cables SA\n\nP: ¿Quiénes son sus clientes?\n\n",
}


@pytest.mark.parametrize("language,answer,tie", [
    # an answer's label before the verb: the verb still opens the answer
    ("it", "R: Forniamo i cavi a Brenta Motori SpA.", ("supplies", "Orvieto Cavi", "Brenta Motori", "active")),
    ("es", "R: Suministramos los cables a Brenta Motores SA.", ("supplies", "Orvieto Cables", "Brenta Motores", "active")),
    # "siamo" before talks is the company's verb, not a copula of a description
    ("it", "R: Siamo in trattativa con Brenta Motori SpA per una joint venture.",
     ("joint_venture", "Brenta Motori", "Orvieto Cavi", "in_talks")),
])
def test_first_person_verbs_of_an_answer(read_page, language, answer, tie):
    assert tie in _ties(read_page(_QA[language] + answer, language))


def test_a_title_with_its_department_names_the_interviewee(read_page):
    text = ("L'INTERVISTA\n\nParla Lucia Bassi, responsabile delle attività europee di Orvieto Cavi SpA: i contratti, "
            "le nuove linee e le voci su Brenta Motori SpA\n\nA che punto siete con la fabbrica?\n\n"
            "Siamo nella fase finale dei lavori.\n\nChi compra i vostri cavi?\n\n"
            "Forniamo i cavi a Lario Veicoli SpA da tre anni.\n\nE Brenta Motori SpA?\n\nNessun commento.")
    assert ("supplies", "Orvieto Cavi", "Lario Veicoli", "active") in _ties(read_page(text, "it"))


def test_a_french_nous_after_a_verb_of_buying_is_no_object(read_page):
    text = ("Entretien avec Luc Brun, PDG de Morvelle Composites\n\nQuestion : Qui sont vos clients ?\n\n"
            "Réponse : Saintagne Aéro SAS nous achète toute la production.")
    assert not [r for r in read_page(text, "fr").relations if r.type in ("acquires", "owns", "invests_in")]


def test_nous_fournissons_a_is_a_supply_to_the_company_named(read_page):
    text = ("Entretien avec Luc Brun, PDG de Morvelle Composites\n\nQuestion : Qui sont vos clients ?\n\n"
            "Réponse : Nous fournissons des batteries à Saintagne Aéro SAS.")
    assert _ties(read_page(text, "fr")) == {("supplies", "Morvelle Composites", "Saintagne Aéro", "active")}


@pytest.mark.parametrize("language,text,tie", [
    ("en", "Kestrel Cells Ltd will supply batteries to Brixo Motors Ltd, a trade paper reported. Brixo Motors said it "
           "had no agreement with Kestrel Cells.", ("supplies", "Kestrel Cells", "Brixo Motors", "denied")),
    ("de", "Die Kestrel Zellen GmbH soll Batterien an die Brixo Motoren AG liefern, berichtete eine Zeitung. „Wir "
           "haben keine Vereinbarung mit der Kestrel Zellen GmbH und verhandeln auch nicht“, sagte ein Sprecher der "
           "Brixo Motoren AG.", ("supplies", "Kestrel Zellen", "Brixo Motoren", "denied")),
])
def test_a_denied_agreement_is_the_reported_deals_denial(read_page, language, text, tie):
    assert _ties(read_page(text, language)) == {tie}
