"""A company named "together with" another as holding a share of a market is no partner of it, nor
its owner (relations/market_shares.py); "together with" before joint work, or before a purpose that
names a market, still ties the pair. Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations.market_shares import drop_market_partners

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]
_PAIR = {"Korvan", "Maltrix"}


def _ties(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}


@pytest.mark.parametrize("text, language", [
    ("Korvan, which together with Maltrix controls more than half of the world market, unveiled a new cell.", "en"),
    ("Marktführer Korvan, der zusammen mit Maltrix mehr als die Hälfte des Weltmarkts bedient, kündigte eine "
     "neue Zellgeneration an.", "de"),
    ("Korvan, che insieme a Maltrix detiene oltre metà del mercato mondiale, ha presentato una nuova cella.", "it"),
    ("Korvan, qui détient avec Maltrix plus de la moitié du marché mondial, a présenté une nouvelle cellule.", "fr"),
    ("Korvan, que junto con Maltrix acapara más de la mitad del mercado mundial, presentó una nueva celda.", "es"),
    ("Korvan bedient zusammen mit Maltrix rund 60 Prozent des europäischen Marktes.", "de"),
])
def test_a_share_of_a_market_held_together_ties_no_pair(text, language):
    assert not any({s, d} == _PAIR for _t, s, d in _ties(text, language)), _ties(text, language)


@pytest.mark.parametrize("text, language", [
    ("Korvan will develop new cells together with Maltrix to win a share of the European market.", "en"),
    ("Korvan entwickelt zusammen mit Maltrix neue Zellen für den europäischen Markt.", "de"),
    ("Korvan sviluppa insieme a Maltrix nuove celle per il mercato europeo.", "it"),
    ("Korvan arbeitet mit Maltrix bei Natrium-Zellen zusammen, um Marktanteile zu gewinnen.", "de"),
])
def test_joint_work_for_a_market_stays_a_partnership(text, language):
    assert any(t == "partners_with" and {s, d} == _PAIR for t, s, d in _ties(text, language)), _ties(text, language)


def test_a_supply_is_never_dropped():
    class F:
        type, source, target = "supplies", "Maltrix", "Korvan"
    text = "Korvan, which together with Maltrix holds half of the market, buys its cells from Maltrix."
    s = text.index("Maltrix")
    assert drop_market_partners(text, [(s, s + 7, "Maltrix", [])], [F()])
