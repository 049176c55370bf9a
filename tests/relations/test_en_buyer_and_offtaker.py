"""Round 5: a customer named as a buyer of goods or an offtaker ("lined up Y as a buyer of sheet",
"named Y as an offtaker for its lithium"); a buyer of a company or a unit stays a takeover. Made-up
companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _pairs(sentence):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="en"))}


@pytest.mark.parametrize("sentence", [
    "Korvan had also lined up Maltrix as a buyer of sheet from its new mill.",
    "Korvan has signed Maltrix as a buyer of lithium hydroxide from 2027.",
    "Korvan named Maltrix as an offtaker for its lithium.",
    "Maltrix is an offtaker of Korvan.",
])
def test_buyer_of_goods_and_offtaker_are_customers(sentence):
    assert ("supplies", "Korvan", "Maltrix") in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Maltrix emerged as a buyer of Korvan's battery unit.",
    "Maltrix emerged as the buyer of Korvan.",
    "Korvan is looking for a buyer of its stake in Maltrix.",
])
def test_buyer_of_a_company_is_no_customer(sentence):
    assert not any(t == "supplies" for t, _s, _d in _pairs(sentence))
