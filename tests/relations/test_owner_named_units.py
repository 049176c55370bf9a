"""A unit named right after its owner's possessive ("to Brixo's battery unit Norvik", "to Brixo
subsidiary Norvik") is the supply's party, not the owner (``relations/owner_named_units.py``). Invented
names and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Kestrel", "Norvik", "Brixo"]


def _ties(text):
    doc = RelationExtractor()(make_doc(text, NAMES, language="en"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kestrel will supply battery trays to Brixo's battery unit Norvik from 2027.",
    "Kestrel signed a deal to supply cells to Brixo's subsidiary Norvik.",
    "Kestrel will deliver cells to Brixo subsidiary Norvik.",
])
def test_the_unit_after_the_possessive_is_the_customer(text):
    got = _ties(text)
    assert ("supplies", "Kestrel", "Norvik") in got
    assert ("supplies", "Kestrel", "Brixo") not in got
    assert ("owns", "Brixo", "Norvik") in got


def test_an_owner_named_again_on_its_own_keeps_its_tie():
    got = _ties("Kestrel will supply cells to Brixo and to its unit Norvik.")
    assert ("supplies", "Kestrel", "Brixo") in got


@pytest.mark.parametrize("text", [
    # "and its unit" starts a second customer: the owner named before "and" stays a customer
    "Kestrel will ship harnesses to Brixo and its unit Norvik.",
    "Kestrel ships harnesses to Brixo and its subsidiary Norvik.",
])
def test_an_owner_joined_by_and_to_its_unit_keeps_its_tie(text):
    assert ("supplies", "Kestrel", "Brixo") in _ties(text)
