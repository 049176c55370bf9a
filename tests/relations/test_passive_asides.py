"""A supply told in the passive whose first party takes an apposition before the second one
("delivered to Y, the Dutch bus maker, by X"; ``passive_asides.py``), and sellers listed with a place or
time told of the first one ("from X, in Hungary since 2022, and from Z"; ``frames/supply.py``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Tessaro", "Corvalis", "Norvik", "Borvan"]


def _rels(text, language):
    return {(r.type, r.source, r.target) for r in RelationExtractor()(make_doc(text, NAMES, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "The modules are delivered to Tessaro, the Dutch bus maker, by Corvalis."),
    ("en", "The modules are delivered to Tessaro, the bus unit of Norvik since 2001, by Corvalis."),
    ("fr", "Les modules sont livrés à Tessaro, le carrossier néerlandais, par Corvalis."),
    ("fr", "Les modules sont livrés à Tessaro, filiale de Norvik depuis 2001, par Corvalis."),
    ("it", "I moduli sono consegnati a Tessaro, il costruttore olandese di autobus, da Corvalis."),
    ("es", "Los módulos son suministrados a Tessaro, el fabricante neerlandés de autobuses, por Corvalis."),
])
def test_agent_past_the_recipients_apposition(language, text):
    assert ("supplies", "Corvalis", "Tessaro") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "The modules are delivered by Corvalis, the pack unit of Norvik, to Tessaro."),
    ("fr", "Les modules sont livrés par Corvalis, la filiale de batteries de Norvik, à Tessaro."),
    ("it", "I moduli sono consegnati da Corvalis, la controllata di Norvik, a Tessaro."),
    ("es", "Los módulos son entregados por Corvalis, la filial de baterías de Norvik, a Tessaro."),
])
def test_agents_apposed_unit_is_no_unit_sold(language, text):
    got = _rels(text, language)
    assert ("supplies", "Corvalis", "Tessaro") in got
    assert ("owns", "Norvik", "Corvalis") in got


@pytest.mark.parametrize("language,text", [
    # a relative or a new clause after the comma: the agent is not the supply's
    ("en", "The modules were supplied to Tessaro, which was bought by Corvalis in 2019."),
    ("en", "The modules were supplied to Tessaro, and the plant was later bought by Corvalis."),
    ("fr", "Les modules ont été livrés à Tessaro, qui a été racheté par Corvalis en 2019."),
    ("it", "I moduli sono stati consegnati a Tessaro, che è stata rilevata da Corvalis nel 2019."),
])
def test_no_agent_past_a_relative_or_clause(language, text):
    assert ("supplies", "Corvalis", "Tessaro") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Tessaro buys cells from Corvalis, in Hungary since 2022, and from Borvan."),
    ("fr", "Tessaro achète des cellules auprès de Corvalis, en Hongrie, et de Borvan."),
    ("it", "Tessaro acquista celle da Corvalis, dall'Ungheria, e da Borvan."),
    ("es", "Tessaro se abastece de celdas de Corvalis, desde Hungría, y de Borvan."),
    ("de", "Tessaro bezieht Zellen von Corvalis, seit 2022 aus Ungarn, und von Borvan."),
])
def test_second_seller_past_a_place_aside(language, text):
    got = _rels(text, language)
    assert {("supplies", "Corvalis", "Tessaro"), ("supplies", "Borvan", "Tessaro")} <= got


def test_place_aside_then_another_verb_is_no_seller():
    got = _rels("Tessaro buys cells from Corvalis, in Hungary, and sells cars to Borvan.", "en")
    assert ("supplies", "Borvan", "Tessaro") not in got
    assert ("supplies", "Tessaro", "Borvan") in got
