"""A wish or a hope of the subject is no deal (lexicon ``status.wish``, relations/status.py): "We would
like to supply Y one day" is at most talks, never announced or active, in an interview's answer as in a
story. Real company names, invented interviews and sentences."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

from .test_interview_talks import _HEAD

_PIPELINE = default_pipeline()


def statuses(text, language, src, tgt):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {r.status for r in doc.relations if (r.type, r.source, r.target) == ("supplies", src, tgt)}


@pytest.mark.parametrize("language, answer, src, tgt", [
    ("en", "We would love to deliver cells to Renault in a few years.", "Verkor", "Renault"),
    ("en", "Honestly, we hope to supply Iveco before the end of the decade.", "Verkor", "Iveco"),
    ("de", "Wir würden sehr gerne Renault beliefern, vielleicht ab 2029.", "Varta", "Renault"),
    ("de", "Wir möchten Iveco mit Zellen aus Ellwangen beliefern.", "Varta", "Iveco"),
    ("fr", "Nous souhaitons fournir Renault en cellules pour ses utilitaires.", "Verkor", "Renault"),
    ("fr", "Nous aimerions livrer Iveco à partir de 2029.", "Verkor", "Iveco"),
    ("it", "Speriamo di fornire Renault entro il 2029.", "Verkor", "Renault"),
    ("es", "Esperamos suministrar celdas a Renault a partir de 2029.", "Verkor", "Renault"),
])
def test_a_wish_to_supply_is_at_most_talks(language, answer, src, tgt):
    got = statuses(_HEAD[language] + answer + "\n", language, src, tgt)
    assert got and got <= {"in_talks", "rumoured"}


def test_a_story_s_wish_is_at_most_talks_too():
    text = ("Verkor opened a second line in Dunkirk on Monday.\n\n"
            "Verkor wants to supply Iveco with cells for its electric vans, the company said.\n")
    got = statuses(text, "en", "Verkor", "Iveco")
    assert got and got <= {"in_talks", "rumoured"}


@pytest.mark.parametrize("text", [
    # "würde" alone: a conditional ("then X would supply Y"), no wish of the subject
    "Korvan baut Lieferwagen. Damit würde Maltrix Korvan ab 2028 mit Zellen beliefern.",
    "Korvan baut Lieferwagen. Maltrix würde Korvan ab 2028 mit Zellen beliefern, sobald das neue Werk läuft.",
])
def test_a_german_conditional_is_no_wish(text):
    from .helpers import rels, triples

    got = triples(rels(text, ["Korvan", "Maltrix"], language="de", sectors={"Korvan": ["carmaker"], "Maltrix": ["battery"]}))
    assert [(s, d, st) for t, s, d, st, _p in got if t == "supplies"] == [("Maltrix", "Korvan", "announced")]


def test_a_german_wish_with_gern_is_at_most_talks():
    from .helpers import rels, triples

    text = "Korvan baut Lieferwagen. Maltrix würde Korvan lieber heute als morgen mit Zellen beliefern."
    got = triples(rels(text, ["Korvan", "Maltrix"], language="de", sectors={"Korvan": ["carmaker"], "Maltrix": ["battery"]}))
    assert [(s, d, st) for t, s, d, st, _p in got if t == "supplies"] == [("Maltrix", "Korvan", "in_talks")]


def test_a_spanish_expectation_is_no_wish():
    # "espera suministrar" in the press: expects to supply, a deal with its start date, not a hope
    from .helpers import rels, triples

    text = "Korvan fabrica furgonetas. Maltrix espera suministrar celdas a Korvan a partir de 2027."
    got = triples(rels(text, ["Korvan", "Maltrix"], language="es", sectors={"Korvan": ["carmaker"], "Maltrix": ["battery"]}))
    assert [(s, d, st) for t, s, d, st, _p in got if t == "supplies"] == [("Maltrix", "Korvan", "announced")]
