"""Deliveries told as a noun or a verb of shipping, in every language: "Shipments of Maltrix cells to Korvan",
"le consegne di celle di Maltrix a Korvan" (goods between the noun and the maker), "Maltrix verschickt
Zellen an Korvan" (as "ships", "expédie", "spedisce", "envía"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Shipments of Maltrix cells to Korvan rose in the quarter.", "en"),
    ("Deliveries of cells from Maltrix to Korvan rose in the quarter.", "en"),
    ("Les livraisons de cellules de Maltrix à Korvan ont augmenté.", "fr"),
    ("Le consegne di celle di Maltrix a Korvan sono aumentate.", "it"),
    ("Las entregas de celdas de Maltrix a Korvan aumentaron.", "es"),
    ("Die Lieferungen von Zellen von Maltrix an Korvan stiegen.", "de"),
    ("Maltrix versendet seit Mai Batteriezellen an Korvan.", "de"),
    ("Maltrix spedisce celle a Korvan.", "it"),
])
def test_deliveries_to_a_customer(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix versendet Einladungen an Korvan.", "de"),
])
def test_no_goods_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
