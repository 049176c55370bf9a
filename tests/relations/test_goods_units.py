"""Goods counted in "units" are no business sold (relations/frames/supply.py ``_asset_sold``, supS): "delivers
charging units to Y", "400 kW units", "unità di ricarica", "unidades de carga", "unités de recharge",
"Ladeeinheiten" are supplied; "sells its battery unit to Y" stays a divestment. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix has shipped forty charging units to Korvan this year.", "en"),
    ("Maltrix ships 350 kW units to Korvan.", "en"),
    ("Maltrix fornisce unità di ricarica a Korvan.", "it"),
    ("Maltrix liefert Ladeeinheiten an Korvan.", "de"),
    ("Maltrix liefert 400 Einheiten an Korvan.", "de"),
])
def test_units_of_goods_are_supplied(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix sells its battery unit to Korvan.", "en"),
    ("Maltrix vende la sua unità batterie a Korvan.", "it"),
    ("Maltrix verkauft seine Batterieeinheit an Korvan.", "de"),
])
def test_a_unit_sold_is_no_supply(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") not in _found(sentence, language)
