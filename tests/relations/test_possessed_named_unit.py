"""English "W's <noun> unit Y" after a preposition: W owns Y, whatever governs W; the clause's subject
owns nothing (deals._read_acquisition, OWN_CR)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Dravik", "Ostrel", "Pellam"], language="en"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Dravik signed a wiring deal with Ostrel's cable unit Pellam on Friday.",
    "Dravik is in talks with Ostrel's Mexican subsidiary Pellam about harnesses.",
    "Dravik will source harnesses from Ostrel's cable division Pellam.",
])
def test_the_possessor_owns_the_named_unit(text):
    got = _rels(text)
    assert ("owns", "Ostrel", "Pellam") in got
    assert ("owns", "Dravik", "Pellam") not in got
