"""Round 16 (enR): an English headline names an order by its customer before the noun ("Korvan wins
Maltrix brake contract", "Korvan lands Maltrix lighting business"): the subject supplies the customer.
A takeover or venture deal so named, or an order "from" another company, is no such order. Made-up
companies; English only (the other languages say "le contrat de Y", "la commessa di Y", read already)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _pairs(sentence):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="en"))}


@pytest.mark.parametrize("sentence", [
    "Korvan wins Maltrix brake contract",
    "Korvan lands Maltrix lighting business as Delvo deal runs out",
    "Korvan bags Maltrix seat order worth 300 million euros",
    "Korvan has won a Maltrix contract for its door modules.",
    "Korvan clinched Maltrix's business for cockpit displays last week.",
])
def test_order_named_by_its_customer(sentence):
    assert ("supplies", "Korvan", "Maltrix") in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Korvan wins Maltrix takeover deal approval",
    "Korvan lands Maltrix joint venture deal",
    "Korvan clinches Maltrix licensing deal for its software",
])
def test_deals_of_other_kinds_are_no_orders(sentence):
    assert ("supplies", "Korvan", "Maltrix") not in _pairs(sentence)


def test_an_order_from_another_company_is_that_company_s():
    pairs = _pairs("Korvan lands Neue Serie harness order from Maltrix as Delvo era begins")
    assert ("supplies", "Korvan", "Maltrix") in pairs
    assert ("supplies", "Korvan", "Delvo") not in pairs
