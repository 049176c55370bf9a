"""A customer noun whose referent carries an apposition naming its parent ("Scarvo, part of the
Ardvion group, was one of Y's first customers"): the referent is the apposition's head, not the parent
it names (frames/nouns.py ``read_supplier_noun``)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixana", "Korvello", "Delmarin"]


def _supplies(text):
    return {(r.source, r.target) for r in rels(text, NAMES, "en") if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Korvello, part of the Delmarin group, had been one of Brixana's first customers until the cell maker stopped deliveries.",
    "Korvello, now part of the Delmarin group, remains one of Brixana's biggest customers.",
    "Korvello, the truck arm of the Delmarin group, is one of Brixana's largest customers.",
])
def test_the_apposition_head_is_the_customer(text):
    assert _supplies(text) == {("Brixana", "Korvello")}


def test_a_customer_with_no_apposition_is_still_read():
    assert _supplies("Korvello is one of Brixana's biggest customers.") == {("Brixana", "Korvello")}
