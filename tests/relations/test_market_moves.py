"""Share-price moves of several companies in one sentence tie none of them by a deal
(relations/market_moves.py); an ownership stated in apposition there stays, and one move with a deal
is the deal's news. Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations.market_moves import market_moves

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Lumen Cells", "Ostero"]


def _types(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}


@pytest.mark.parametrize("text,language", [
    ("Shares in Korvan jumped 12% on the news, Maltrix eased 2.1%, and Lumen Cells and Ostero both rose about 1% "
     "as investors bet on further deals.", "en"),
    ("En bolsa, Korvan subía un 1,8% a media sesión, mientras Maltrix cedía un 0,6% y Ostero se anotaba un 2,3%; "
     "las acciones de Lumen Cells cerraron planas.", "es"),
    ("En Bourse, Korvan gagnait 2,1 % et Maltrix cédait 0,8 %, les investisseurs misant sur de nouvelles alliances.", "fr"),
    ("In Borsa Korvan guadagnava il 2%, mentre Maltrix cedeva l'1,5% in attesa di nuovi accordi.", "it"),
    ("An der Börse stiegen die Aktien von Korvan um 3 Prozent, Maltrix verloren 2 Prozent, weil Anleger auf "
     "weitere Übernahmen setzen.", "de"),
])
def test_share_moves_side_by_side_tie_no_deal(text, language):
    assert market_moves(text)
    assert not {r for r in _types(text, language) if r[0] != "owns"}


def test_an_ownership_in_apposition_stays():
    text = "Shares of Korvan closed up 4.8%, while Maltrix, the parent of Lumen Cells, slipped 0.6%."
    assert market_moves(text)
    assert ("owns", "Maltrix", "Lumen Cells") in _types(text, "en")


@pytest.mark.parametrize("text,language,expected", [
    ("Korvan's shares rose 5% after it agreed to buy 20% of Maltrix.", "en", ("invests_in", "Korvan", "Maltrix")),
    ("Korvan ha acquistato il 30% di Maltrix per 200 milioni, pari al 4% del suo valore.", "it", ("invests_in", "Korvan", "Maltrix")),
])
def test_one_move_or_none_is_a_deals_news(text, language, expected):
    assert not market_moves(text)
    assert expected in _types(text, language)
