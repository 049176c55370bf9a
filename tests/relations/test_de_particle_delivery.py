"""German particle verbs of delivering ("ausliefern", "anliefern", "zuliefern") keep their particle glued on in
the participle, the zu-infinitive and a subordinate clause's final verb: each is the supply verb "liefern"
(lexicon/de.py); invented sentences, the full pipeline."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == "de"
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Elmos hat im Juli die ersten Steuerchips an Bosch ausgeliefert.",
    "Die ersten 5.000 Steuerchips wurden im Juli von Elmos an Bosch ausgeliefert.",
    "Die von Elmos an Bosch ausgelieferten Steuerchips laufen ohne Ausfälle.",
    "Bosch, an das Elmos im Juli 5.000 Steuerchips auslieferte, ist mit der Qualität zufrieden.",
    "Die Steuerchips, die Elmos an Bosch ausliefert, stammen aus Dortmund.",
    "Elmos hat die Halbleiter seit dem Frühjahr an Bosch zugeliefert.",
    "Die Halbleiter werden von Elmos direkt an Bosch angeliefert.",
])
def test_a_particle_verb_of_delivering_is_a_supply(text):
    assert ("supplies", "Elmos", "Bosch", "active") in rels(text)


@pytest.mark.parametrize("text", [
    "Elmos plant, ab dem Herbst Steuerchips an Bosch auszuliefern.",
    "Elmos hat zugesagt, die Halbleiter ab 2027 an Bosch anzuliefern.",
])
def test_the_zu_infinitive_of_a_particle_verb_is_a_plan(text):
    assert ("supplies", "Elmos", "Bosch", "announced") in rels(text)


@pytest.mark.parametrize("text", [
    "Tesla hat im vergangenen Quartal rund 400.000 Autos ausgeliefert.",
    "Die Zulieferer von Bosch melden volle Auftragsbücher.",
])
def test_a_delivery_with_no_second_company_or_a_supplier_noun_reads_nothing(text):
    assert not any(t == "supplies" for t, _s, _d, _st in rels(text))
