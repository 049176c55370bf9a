"""English tells a tie that goes on with "keep" and a gerund ("said it would keep buying cells from Y",
"will keep supplying Y"), as with "continue to": it runs, active, whatever "would" or "will" stands before
it; "keeps" before another verb's gerund says nothing of the tie. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language="en"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text,key", [
    ("Kelvar said it would keep buying cells from Brixo.", ("supplies", "Brixo", "Kelvar")),
    ("Kelvar will keep supplying cells to Brixo.", ("supplies", "Kelvar", "Brixo")),
])
def test_keep_and_a_gerund_goes_on(text, key):
    assert _rels(text)[key] == "active"


@pytest.mark.parametrize("text,key,status", [
    ("Kelvar will start supplying cells to Brixo.", ("supplies", "Kelvar", "Brixo"), "announced"),
    ("Kelvar keeps looking for a partner and will buy Brixo.", ("acquires", "Kelvar", "Brixo"), "announced"),
])
def test_no_keep_before_the_trigger(text, key, status):
    assert _rels(text)[key] == status
