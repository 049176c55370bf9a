"""Goods a customer fits, whose supplier is named in a relative clause on the goods
(relations/fitted_goods.py). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan fits its city buses with the electric axle that Maltrix supplies.", "en"),
    ("Korvan uses the inverters supplied by Maltrix in its vans.", "en"),
    ("Korvan verbaut in seinem Linienbus die Portalachse, die der Zulieferer Maltrix liefert.", "de"),
    ("Korvan, eine Tochter von Delvo, verbaut im Stadtbus die Achse, die Maltrix liefert.", "de"),
    ("Korvan monte sur ses autocars l'essieu électrique que fournit Maltrix.", "fr"),
    ("Korvan monta sui suoi autobus l'assale elettrico che fornisce Maltrix.", "it"),
    ("Korvan monta en sus autobuses el eje eléctrico que le suministra Maltrix.", "es"),
])
def test_supplier_in_the_relative_of_fitted_goods(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found
    assert ("supplies", "Maltrix", "Delvo") not in found


@pytest.mark.parametrize("sentence, language", [
    # the relative names its own customer
    ("Korvan uses software that Maltrix supplies to Delvo.", "en"),
    # a maker, not a seller
    ("Korvan uses the cells that Maltrix makes in Poland.", "en"),
    # no verb of fitting or using in the main clause
    ("Korvan praised the axle that Maltrix supplies.", "en"),
])
def test_no_fitted_goods_supply(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") not in _found(sentence, language)
