"""Goods told by where they come from (relations/goods_from.py): the maker after "come from" /
"proceden de" supplies the company the goods belong to. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


@pytest.mark.parametrize("sentence, language, status", [
    ("Korvan's cells come from Maltrix.", "en", "active"),
    ("The battery cells for Korvan's vans will come from Maltrix.", "en", "announced"),
    ("Most of Korvan's lithium comes from Chilean miner Maltrix.", "en", "active"),
    ("Las celdas de Korvan proceden de la coreana Maltrix.", "es", "active"),
    ("Las baterías de los nuevos modelos de Korvan llegarán de Maltrix.", "es", "announced"),
    ("La mayor parte del litio de Korvan procede de Maltrix.", "es", "active"),
])
def test_goods_of_a_company_come_from_their_maker(sentence, language, status):
    assert ("supplies", "Maltrix", "Korvan", status) in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan's chief executive came from Maltrix.", "en"),
    ("Demand for Korvan's cells came from Maltrix.", "en"),
    ("Korvan's cells do not come from Maltrix.", "en"),
    ("El consejero delegado de Korvan procede de Maltrix.", "es"),
    ("Los pedidos de celdas de Korvan vienen de Maltrix.", "es"),
    ("Korvan and Delvo say cells come from Maltrix.", "en"),
])
def test_no_goods_or_no_owner_is_no_supply(sentence, language):
    assert not any(t == "supplies" and (s, d) == ("Maltrix", "Korvan") for t, s, d, _st in _found(sentence, language))


# money raised from named investors, no funding noun (the Spanish "ha captado 50 millones de Y" reads it already)
@pytest.mark.parametrize("sentence, investors", [
    ("Maltrix raised $100 million from investors including Korvan and Delvo.", {"Korvan", "Delvo"}),
    ("Maltrix has raised $100 million from Korvan.", {"Korvan"}),
    ("Maltrix raised €40m from Korvan, a carmaker.", {"Korvan"}),
])
def test_money_raised_from_investors(sentence, investors):
    got = {s for t, s, d, _st in _found(sentence, "en") if t == "invests_in" and d == "Maltrix"}
    assert investors <= got


@pytest.mark.parametrize("sentence", [
    "Maltrix raised prices for Korvan.",
    "Maltrix raised 20% from Korvan.",
    "Korvan raised $2 billion from bond investors, it told Maltrix.",
])
def test_other_raising_is_no_investment(sentence):
    assert not any(t == "invests_in" for t, _s, _d, _st in _found(sentence, "en"))
