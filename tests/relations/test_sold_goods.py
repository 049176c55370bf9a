"""The maker of the vehicles a company sells is not its customer (``relations/sold_goods.py``), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Nordia International sells Nordia vehicles in Europe."),
    ("en", "Kestrel runs Nordia International, a joint venture that sells Nordia cars in twelve countries."),
    ("fr", "Nordia International vend les voitures de Nordia en Europe."),
    ("es", "Nordia International vende los coches de Nordia en Europa."),
])
def test_the_maker_of_the_cars_sold_is_no_customer(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia International", "Nordia"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel sells batteries to Nordia for its cars."),
    ("fr", "Kestrel vend des batteries à Nordia pour ses voitures."),
    ("en", "Kestrel sells Nordia cells."),
])
def test_goods_sold_to_a_carmaker_stay(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia"], lang) == [("Kestrel", "Nordia")]
