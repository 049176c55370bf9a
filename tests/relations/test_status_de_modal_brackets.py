"""German brackets a plan as it brackets the future: the modal of intent second, the tie's infinitive at the
clause's end ("X will die Zellen für Y zunächst in seinem Werk fertigen"): announced, not a tie that runs;
and a "since" in a relative clause after the tie is the relative's own ("..., das seit 2018 produziert"),
in German as in English and French. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language="de", names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kelvar will die Zellen für Brixo zunächst in seinem neuen Werk im ungarischen Tarnow fertigen, das seit 2018 Batterien produziert.",
    "Kelvar will die Zellen für Brixo zunächst in seinem neuen Werk im ungarischen Tarnow fertigen.",
])
def test_a_plan_bracketed_by_a_modal_is_announced(text):
    assert _rels(text)[("supplies", "Kelvar", "Brixo")] == "announced"


@pytest.mark.parametrize("text", [
    "Kelvar will Brixo auch weiterhin beliefern.",  # goes on: runs now
    "Kelvar liefert seit 2021 Zellen an Brixo.",
])
def test_a_tie_that_goes_on_or_runs_stays_active(text):
    assert _rels(text)[("supplies", "Kelvar", "Brixo")] == "active"
