"""Goods bought "of" their maker and a maker's whole output taken (session 14): "comprerà le celle di Y",
"adquirirá las baterías de Y", "übernimmt die gesamte Produktion von Y", "se quedará con toda la
producción de Y" name Y as the supplier, not as a company bought; a plant, unit or stake "of" Y bought
stays a deal ("compró la planta de baterías de Y" is no supply). Sentences written for these tests
with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_COS = ["Norvik", "Corvalis", "Tessaro", "Brenta"]


def _rels(text, language):
    return {(r.type, r.source, r.target, r.status)
            for r in RelationExtractor()(make_doc(text, _COS, language=language)).relations}


@pytest.mark.parametrize("text,language", [
    ("Corvalis comprerà le celle di Norvik per la sua nuova piattaforma.", "it"),
    ("Corvalis acquisterà le batterie al litio di Norvik dal 2027.", "it"),
    ("Corvalis adquirirá las baterías de Norvik para su planta de Valencia.", "es"),
    ("Corvalis comprará las celdas de Norvik a partir de 2027.", "es"),
    ("Corvalis übernimmt die gesamte Produktion von Norvik in Ungarn.", "de"),
    ("Corvalis se quedará con toda la producción de Norvik en Navarra.", "es"),
    ("Corvalis will take over the entire output of Norvik from next year.", "en"),
])
def test_goods_or_whole_output_of_a_maker_are_supplied_by_it(text, language):
    got = _rels(text, language)
    assert any(t == "supplies" and s == "Norvik" and d == "Corvalis" for t, s, d, _ in got), got
    assert not any(t in ("acquires", "invests_in", "owns") for t, *_ in got), got


@pytest.mark.parametrize("text,language,typ", [
    ("Corvalis acquisterà la divisione batterie di Norvik.", "it", None),
    ("Corvalis comprerà una quota del 10% di Norvik.", "it", "invests_in"),
    ("Corvalis compró la planta de baterías de Norvik en 2023.", "es", None),
    ("Corvalis kauft das Werk von Norvik in Polen.", "de", None),
    ("Corvalis übernimmt Norvik.", "de", "acquires"),
    ("Corvalis se quedará con el 100% de Norvik.", "es", "acquires"),
])
def test_a_unit_plant_stake_or_company_bought_is_no_supply(text, language, typ):
    got = _rels(text, language)
    assert not any(t == "supplies" for t, *_ in got), got
    if typ is not None:
        assert any(t == typ and s == "Corvalis" and d == "Norvik" for t, s, d, _ in got), got


def test_goods_of_a_car_are_not_bought_from_its_maker():
    got = _rels("Tessaro compra le batterie della Norvik 500e usata.", "it")
    assert not any(t == "supplies" and s == "Norvik" for t, s, *_ in got), got


@pytest.mark.parametrize("text,language", [
    ("Tessaro buys most of its cathode from its parent Norvik.", "en"),
    ("Tessaro acquista gran parte delle sue celle dalla controllata Norvik.", "it"),
    ("Tessaro kauft einen Großteil seiner Zellen bei der Tochter Norvik.", "de"),
])
def test_goods_bought_from_a_named_company_buy_no_company(text, language):
    got = _rels(text, language)
    assert not any(t == "acquires" for t, *_ in got), got


@pytest.mark.parametrize("text", [
    "Tessaro has been buying Norvik's material for its cylindrical cells since 2025.",
    "Tessaro buys Norvik's entire output.",
])
def test_a_makers_goods_named_by_a_generic_noun_are_supplied_by_it(text):
    got = _rels(text, "en")
    assert ("supplies", "Norvik", "Tessaro") in {(t, s, d) for t, s, d, _ in got}, got
    assert not any(t == "acquires" for t, *_ in got), got


def test_a_stake_bought_from_a_company_is_still_a_deal():
    got = _rels("Tessaro bought a 20% stake in Brenta from Norvik.", "en")
    assert not any(t == "supplies" for t, *_ in got), got
