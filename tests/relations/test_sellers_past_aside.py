"""A second seller named with its preposition again past an apposition or a relative clause on the first
(relations/frames/supply.py ``_seller_past_aside``, supS): "buys from Y, the unit of W, for its vans, and from
Z", "acquista da Y, con cui condivide ..., e da Z". Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostara", "Dellwyn"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan sources its motors from Maltrix, the drive unit of Ostara, for its vans, and from Dellwyn for its buses.", "en"),
    ("Korvan compra i freni da Maltrix, con cui gestisce la fonderia Ostara, e da Dellwyn.", "it"),
    ("Korvan achète ses moteurs auprès de Maltrix, filiale d'Ostara, et de Dellwyn.", "fr"),
    ("Korvan compra sus motores a Maltrix, la filial de Ostara, y a Dellwyn.", "es"),
])
def test_both_sellers_supply_the_buyer(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Dellwyn", "Korvan") in found
    assert ("supplies", "Ostara", "Korvan") not in found


def test_a_new_clause_is_no_seller():
    found = _found("Korvan buys motors from Maltrix, which Ostara owns, and sells vans to Dellwyn.", "en")
    assert ("supplies", "Dellwyn", "Korvan") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix ships motors to Korvan, the bus unit of Ostara, and to Dellwyn.", "en"),
    ("Maltrix ships motors to Korvan, which Ostara controls, and to Dellwyn.", "en"),
    ("Maltrix fornisce motori a Korvan, controllata di Ostara, e a Dellwyn.", "it"),
    ("Maltrix fournit des moteurs à Korvan, filiale d'Ostara, et à Dellwyn.", "fr"),
    ("Maltrix suministra motores a Korvan, filial de Ostara, y a Dellwyn.", "es"),
    ("Maltrix liefert Motoren an Korvan, eine Tochter von Ostara, und an Dellwyn.", "de"),
])
def test_both_customers_past_an_aside(sentence, language):
    # the second customer repeats the preposition past an aside on the first that names another company
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Maltrix", "Dellwyn") in found
    assert ("supplies", "Maltrix", "Ostara") not in found
