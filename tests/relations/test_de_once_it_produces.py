"""German "soll" reads as hearsay ("X soll Y beliefern"), but not after a fronted "sobald" clause that ties
the supply to a start still to come ("Sobald das Werk produziert, soll X Y beliefern", "Sobald Nysa
produziert, ..."): a plan, announced. (The other languages have no such double "soll"; their "once the plant
opens" is read by the lexicon's future_start.) Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _status(text):
    doc = RelationExtractor()(make_doc(text, ["Kelda", "Brixo"], language="de"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}[("supplies", "Kelda", "Brixo")]


@pytest.mark.parametrize("text", [
    "Sobald das Werk produziert, soll Kelda Brixo mit Kathodenmaterial beliefern.",
    "Sobald Ostrava produziert, soll Kelda Brixo mit Kathodenmaterial beliefern.",
])
def test_soll_after_sobald_is_a_plan(text):
    assert _status(text) == "announced"


def test_soll_alone_stays_hearsay():
    assert _status("Kelda soll Brixo mit Kathodenmaterial beliefern.") == "rumoured"
