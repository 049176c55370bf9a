"""Goods said to be in a maker's vehicles, in every language as it was in German ("Zellen von Maltrix
stecken in den Transportern von Korvan"): the goods' maker supplies the vehicles' maker. English also
names the maker before its goods ("Maltrix cells", "Maltrix's LFP cells", "Maltrix, whose cells ...").
Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Zellen von Maltrix stecken in den Transportern von Korvan.", "de"),
    ("Cells from Maltrix go into the vans of Korvan.", "en"),
    ("The cells made by Maltrix are fitted in Korvan's electric buses.", "en"),
    ("Maltrix cells go into the vans of Korvan.", "en"),
    ("Maltrix's LFP pouch cells have been going into Korvan's batteries since January.", "en"),
    ("Maltrix, whose cells went into a small hatchback from Korvan in 2023, is growing.", "en"),
    ("Maltrix's pouch LFP cells, made in Poland, have been going into Korvan's batteries since January.", "en"),
    ("Le celle di Maltrix finiscono nei furgoni di Korvan.", "it"),
    ("Le celle di Maltrix sono montate sulle auto di Korvan.", "it"),
    ("Les cellules de Maltrix équipent les fourgons de Korvan.", "fr"),
    ("Les cellules de Maltrix sont montées dans les voitures de Korvan.", "fr"),
    ("Las celdas de Maltrix van en las furgonetas de Korvan.", "es"),
    ("Las celdas de Maltrix equipan los autobuses de Korvan.", "es"),
])
def test_goods_in_a_makers_vehicles(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Profits from Maltrix go into the vans of Korvan.", "en"),
    ("Gli utili di Maltrix finiscono nei furgoni di Korvan.", "it"),
])
def test_no_goods_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
