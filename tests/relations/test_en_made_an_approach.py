"""Round 16 (enR): English "make" is also a light verb: "X made an approach / an offer / a payment to
Y" names no goods made for Y, so no supply; goods made for a customer still are one. English only:
the other languages' verbs of making goods ("fabrique", "produce", "fabrica") are no light verbs
("a fait une offre", "ha fatto un'offerta", "hizo una oferta", "ein Angebot gemacht" read nothing)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _pairs(sentence, language="en"):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence", [
    "Korvan has made an informal approach to Maltrix, according to people familiar with the matter.",
    "Korvan made a fresh offer to Maltrix on Monday.",
    "Korvan is making a formal proposal to Maltrix this week.",
    "Korvan made a one-off payment to Maltrix to settle the dispute.",
])
def test_light_make_is_no_supply(sentence):
    assert ("supplies", "Korvan", "Maltrix") not in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Korvan made 20,000 seats for Maltrix last year.",
    "Korvan makes the door modules for Maltrix.",
])
def test_goods_made_for_a_customer_stay_a_supply(sentence):
    assert ("supplies", "Korvan", "Maltrix") in _pairs(sentence)
