"""A takeover's completion told with a noun is done ("meldete den Abschluss der Übernahme von Y"), and
reports that were there are a rumour ("Zuletzt gab es Berichte, X wolle Y übernehmen", "There have been
reports that X would buy Y"), denied by a following "Das ist falsch". Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Zugleich meldete Almara den Abschluss der Übernahme der polnischen Brixo.",
    "Almara verkündete den Vollzug der Übernahme von Brixo.",
])
def test_a_completion_noun_makes_the_takeover_done(text):
    assert _rels(text, "de")[("acquires", "Almara", "Brixo")] == "active"


@pytest.mark.parametrize("language,text", [
    ("de", "Zuletzt gab es Berichte, der Konzern Almara wolle Brixo komplett übernehmen."),
    ("en", "There have been reports that Almara would buy Brixo outright."),
])
def test_reports_that_were_there_are_a_rumour(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] == "rumoured"


def test_a_report_then_das_ist_falsch_is_denied():
    text = "Zuletzt gab es Berichte, der Konzern Almara wolle Brixo komplett übernehmen. Der Sprecher sagte: Das ist schlicht falsch."
    assert _rels(text, "de")[("acquires", "Almara", "Brixo")] == "denied"
