"""A unit named after an agent or a preposition, with an apposition that says how much of it is owned
("managed by Beta, a wholly owned subsidiary of Gamma", relations/frames/ownership.py): Gamma owns
Beta; a name that only says where the parent is listed owns nothing. Sentences and companies made up
for these tests."""

from __future__ import annotations

from .helpers import rels, triples


def _owns(text, companies):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, companies)) if t == "owns"}


def test_the_apposition_after_an_agent():
    text = "The depots are managed by Quillmark Freight, a wholly owned subsidiary of Tormund Holdings."
    assert ("Tormund Holdings", "Quillmark Freight") in _owns(text, ["Quillmark Freight", "Tormund Holdings"])


def test_an_indirect_unit_after_a_preposition():
    text = "The loan was signed with Quillmark Freight, an indirect wholly-owned subsidiary of Tormund Holdings."
    assert ("Tormund Holdings", "Quillmark Freight") in _owns(text, ["Quillmark Freight", "Tormund Holdings"])


def test_a_listing_is_no_parent():
    text = "The mine is run by Quillmark Mining, a wholly owned subsidiary of the ASX-listed group."
    assert not _owns(text, ["Quillmark Mining", "ASX"])
