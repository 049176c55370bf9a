"""Closing the purchase of a stake is buying it, not raising money: "X ha cerrado la compra de un 9% del
capital de Y", "X ha cerrado la adquisición de un 9% del capital de Y": X invests in Y, never Y in X (the
Spanish funding-round reading of "ha cerrado ... capital", RAISE in lexicon/es.py, passes over a noun of
buying or selling). Invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik", "Kestrel"]


def _stakes(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "invests_in"}


@pytest.mark.parametrize("language, text", [
    ("es", "Norvik ha cerrado la compra de un 9% del capital de Kestrel."),
    ("es", "Norvik ha cerrado la adquisición de un 9% del capital de Kestrel mediante una ampliación de capital."),
    ("es", "Norvik cerró la venta de su participación y ha cerrado la compra del 5% del capital de Kestrel."),
])
def test_closing_a_purchase_is_buying(language, text):
    assert _stakes(text, language) == {("Norvik", "Kestrel")}


@pytest.mark.parametrize("language, text", [
    ("es", "Kestrel ha cerrado una ronda de financiación de 20 millones liderada por Norvik."),
    ("es", "Kestrel ha cerrado una ampliación de capital de 20 millones liderada por Norvik."),
])
def test_closing_a_round_still_raises(language, text):
    assert ("Norvik", "Kestrel") in _stakes(text, language)
