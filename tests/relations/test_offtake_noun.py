"""An offtake named without its deal noun ("its spodumene offtake with Y"): the deal of the offtake
frame, directed by the chain (a miner sells to a cell maker). Made-up companies with sectors."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Delvo", "Maltrix"]
_S = {"Delvo": ["lithium miner"], "Maltrix": ["battery cell maker"]}


def _found(sentence):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language="en", sectors=_S))}


@pytest.mark.parametrize("sentence, status", [
    ("Delvo has rewritten the pricing terms of its spodumene offtake with Maltrix.", "active"),
    ("Delvo's earlier offtake with Maltrix was terminated by mutual consent last year.", "ended"),
    ("Maltrix signed a binding off-take with Delvo for 20,000 tonnes a year from 2027.", "announced"),
])
def test_offtake_noun_is_a_supply_deal(sentence, status):
    assert ("supplies", "Delvo", "Maltrix", status) in _found(sentence)


def test_offtake_without_a_partner_reads_nothing():
    assert not _found("Delvo's offtake rose 10% as Maltrix cut prices.")
