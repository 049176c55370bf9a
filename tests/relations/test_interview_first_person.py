"""Interviews and call transcripts in English, German and Spanish, and the possessives of all five
languages: the first person plural of the answers ("we", "our", "us"; "wir", "unsere", "uns";
"nosotros", "nuestros", "hemos firmado"; "nos", "notre"; "i nostri") is the interviewee's company
(entities/interview_words.py, entities/interview.py). Ordinary stories that quote a "we", the
interviewer's questions and the country "US" are left alone. Real company names, invented events and people."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


_EN_HEAD = ("INTERVIEW\n\n\"Volume is coming back\": Verkor chief executive on customers and cathodes\n\n"
            "By Anna Berg | 3 March 2026\n\nMs Lind, how was last year?\n\n")
_EN_CALL = ("Verkor Q3 2026 Earnings Call - Edited Transcript\n\nOctober 29, 2026\n\n"
            "Chief Financial Officer: Good morning and thank you for joining the call.\n\n")
_DE_HEAD = ("Interview: Varta-Chef Jonas Feld über Kunden und Lieferanten\n\n"
            "Herr Feld, wie lief das vergangene Jahr?\n\n")
_ES_HEAD = ("ENTREVISTA | MARTA SOLER, CONSEJERA DELEGADA DE GESTAMP\n\n"
            "\"El mercado volverá a crecer en 2027\"\n\n¿Cómo ha ido el año?\n\n")


@pytest.mark.parametrize("head, answer, expected", [
    (_EN_HEAD, "We have been delivering cells to Skoda for its city cars since the summer.",
     ("supplies", "Verkor", "Skoda")),
    (_EN_HEAD, "Our cathode material comes from Umicore under a five-year contract.",
     ("supplies", "Umicore", "Verkor")),
    (_EN_HEAD, "Umicore supplies us with cathode material from its plant in Poland.",
     ("supplies", "Umicore", "Verkor")),
    (_EN_CALL, "In Europe, we started shipping prismatic cells to Volvo Cars in the second quarter.",
     ("supplies", "Verkor", "Volvo Cars")),
])
def test_en_interview_we_is_the_interviewee(head, answer, expected):
    assert expected in rels(head + answer, "en")


def test_de_interview_possessive_is_the_interviewee():
    text = _DE_HEAD + "Unsere Kunden sind Audi und Porsche, die wir seit 2022 mit Zellen beliefern."
    got = rels(text, "de")
    assert ("supplies", "Varta", "Audi") in got or ("supplies", "Varta", "Porsche") in got


@pytest.mark.parametrize("answer, expected", [
    ("Este año hemos firmado un contrato de suministro de piezas de carrocería con Irizar para sus autobuses.",
     ("supplies", "Gestamp", "Irizar")),
    ("Nosotros hemos firmado con Irizar un contrato de suministro de piezas de carrocería.",
     ("supplies", "Gestamp", "Irizar")),
])
def test_es_interview_we_is_the_interviewee(answer, expected):
    assert expected in rels(_ES_HEAD + answer, "es")


@pytest.mark.parametrize("text, language, pair", [
    # an ordinary story that quotes a "we": no interview
    ("Verkor reported higher sales on Monday.\n\n\"We are delivering cells to Skoda,\" said the chief "
     "executive of Umicore at a conference.", "en", ("Verkor", "Skoda")),
    # the interviewer's question
    (_EN_HEAD + "Are we right that Skoda buys your cells?", "en", ("Verkor", "Skoda")),
    # "US" is the country
    (_EN_HEAD + "The US market is slower, and Skoda buys elsewhere.", "en", ("Verkor", "Skoda")),
    # a Spanish adjective that ends like a verb in the first person plural
    (_ES_HEAD + "Los últimos pedidos de Irizar fueron para otro proveedor.", "es", ("Gestamp", "Irizar")),
])
def test_no_first_person_company(text, language, pair):
    assert not any(s == pair[0] and t == pair[1] for _, s, t in rels(text, language))


def test_a_page_of_questions_and_answers_is_an_interview_without_saying_so():
    # a saved page whose "Interview" menu was lost: three question lines make it one
    text = ("« Le marché repart » : Claire Morel, directrice générale déléguée de Verkor\n\n"
            "Comment se porte l'entreprise ?\n\nBien, merci.\n\n"
            "Qui sont vos clients ?\n\nNous livrons des cellules à Alpine depuis l'an dernier.\n\n"
            "Et vos fournisseurs ?\n\nNos cathodes sont fournies par Umicore depuis 2024.\n")
    got = rels(text, "fr")
    assert ("supplies", "Umicore", "Verkor") in got
