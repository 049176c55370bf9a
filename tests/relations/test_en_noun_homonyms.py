"""Round 16 (enR): two English words that read as supply and are nouns of something else: "sources"
of a report ("X draws interest from Y, sources say": not "X sources from Y") and "supplier" as a
premodifier of another noun ("X gets lifeline from Y as supplier fights pile up": Y is no supplier).
English only: the other languages' words are no such homonyms ("fonti", "sources" is no French verb
the lexicon reads, "fuentes", "Quellen"; "Lieferantenstreit" is one word). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _supplies(sentence):
    return {(s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="en")) if t == "supplies"}


@pytest.mark.parametrize("sentence", [
    "Korvan draws interest from Maltrix, sources say.",
    "Korvan attracts takeover interest from Maltrix, sources familiar with the matter said.",
    "Korvan gets lifeline from Maltrix as supplier fights pile up",
    "Korvan won a loan from Maltrix while supplier payments were delayed.",
])
def test_nouns_that_only_look_like_supply(sentence):
    assert not _supplies(sentence)


@pytest.mark.parametrize("sentence", [
    "Korvan sources its cells from Maltrix.",
    "Korvan sources cells from Maltrix, sources said.",
    "Korvan named Maltrix as supplier.",
    "Maltrix, a supplier to Korvan, said sales rose.",
])
def test_the_verb_and_the_role_still_read(sentence):
    assert ("Maltrix", "Korvan") in _supplies(sentence)
