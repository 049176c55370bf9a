"""Using goods of a maker names the maker as the supplier, in French and English as it did in Italian,
Spanish and German ("monta freni Brembo", "utiliza celdas de", "verbaut Zellen von"): "intègre des puces
de Maltrix" (French goods take the indefinite "des"), "utilise dans son usine des cellules de Maltrix"
(a place before the goods), "uses Maltrix cells", "fits Maltrix brakes". Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan intègre des puces de Maltrix dans ses modèles.", "fr"),
    ("Korvan utilise dans son usine des cellules de Maltrix.", "fr"),
    ("Korvan uses Maltrix cells in its vans.", "en"),
    ("Korvan fits Maltrix brakes across its range.", "en"),
    ("Korvan uses in its plant battery cells made by Maltrix.", "en"),
    ("Korvan utilizza nel suo stabilimento celle di Maltrix.", "it"),
    ("Korvan utiliza en su planta celdas de Maltrix.", "es"),
    ("Korvan verbaut Bremsen von Maltrix in allen Modellen.", "de"),
])
def test_goods_used_name_their_maker(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("The battery cells used by Maltrix come from Korvan's plant.", "en"),
    ("Korvan utilise ses propres cellules de Maltrix rachetées en 2020.", "fr"),
])
def test_no_maker_reading(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") not in _found(sentence, language)
