"""How German papers tell a report and its denial: what "war in Fachmedien zu lesen" and "Nach einem
Bericht des ..." tell is a rumour; "frei erfunden", "sei erfunden", "keine Gespräche" and a rejection
with quoted words ("wies den Bericht als „haltlos“ zurück", "weise ... „ausdrücklich zurück“") deny it.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language="de"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Zuletzt war in Fachmedien zu lesen, Kelvar wolle bei Brixo einsteigen.",
    "Nach einem Bericht des „Tagesboten“ erwägt Kelvar einen Einstieg bei Brixo.",
    "Nach Medienberichten plant Kelvar einen Einstieg bei Brixo.",
])
def test_what_the_press_wrote_is_a_rumour(text):
    assert _rels(text)[("invests_in", "Kelvar", "Brixo")] == "rumoured"


@pytest.mark.parametrize("text", [
    "Kelvar weist Berichte über eine Übernahme von Brixo als „haltlos“ zurück.",
    "Kelvar weise Berichte über eine Übernahme von Brixo „entschieden zurück“, sagte ein Sprecher.",
    "Ein Bericht, wonach Kelvar Brixo übernehmen wolle, sei erfunden, sagte ein Sprecher.",
    "Kelvar führt keine Gespräche über eine Übernahme von Brixo.",
])
def test_a_report_called_made_up_or_no_talks_is_denied(text):
    assert _rels(text)[("acquires", "Kelvar", "Brixo")] == "denied"


def test_a_report_then_frei_erfunden_is_denied():
    text = ("Zuletzt war in Fachmedien zu lesen, Kelvar wolle bei Brixo einsteigen. Was ist dran? "
            "Das ist frei erfunden.")
    assert _rels(text)[("invests_in", "Kelvar", "Brixo")] == "denied"


@pytest.mark.parametrize("text,status", [
    ("Kelvar führt noch keine Gespräche über eine Übernahme von Brixo.", "in_talks"),  # not begun yet: no denial
    ("Kelvar hat das Verfahren erfunden und liefert Kathoden an Brixo.", "active"),  # inventing is no denial
])
def test_not_a_denial(text, status):
    rels = _rels(text)
    assert status in rels.values() and "denied" not in rels.values()
