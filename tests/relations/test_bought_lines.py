"""A line of goods "of" a maker bought with nothing else said is the maker's business bought, not a supply
(``relations/bought_lines.py``); told with a purpose, a date or a quantity it stays a purchase of goods.
Italian, whose "di" (of) is not its "da" (from); the French and Spanish "de" of a verb of buying reads
"from" and is left so. Invented sentences and companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _got(text, lang):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, ["Orvane", "Pelmor"], language=lang))}


@pytest.mark.parametrize("lang,text", [
    ("it", "Veicoli industriali, Orvane compra i motori elettrici di Pelmor"),
    ("it", "Orvane acquista le batterie al sodio di Pelmor."),
    ("it", "Orvane compra gli inverter di Pelmor"),
])
def test_goods_line_alone_is_no_supply(lang, text):
    got = _got(text, lang)
    assert not any(t == "supplies" for t, *_ in got), got
    assert ("acquires", "Orvane", "Pelmor") in got


@pytest.mark.parametrize("lang,text", [
    ("it", "Orvane compra i motori elettrici di Pelmor per i suoi nuovi furgoni."),
    ("it", "Orvane acquisterà le batterie al sodio di Pelmor a partire dal 2028."),
    ("es", "Orvane adquirirá las baterías de Pelmor para su planta de Zaragoza."),
])
def test_goods_with_a_purpose_or_date_are_supplied(lang, text):
    assert ("supplies", "Pelmor", "Orvane") in _got(text, lang)
