"""Partnerships told of "the two companies" in a clause after the one that names them, or in the
sentence after one that names exactly two companies in any order (relations/pair_clauses.py); made-up
companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _types(text, language):
    return {t for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if {s, d} == {"Korvan", "Maltrix"}}


@pytest.mark.parametrize("text, language", [
    ("Korvan holds 5% of Maltrix, and the two companies develop two models together.", "en"),
    ("Korvan è azionista di Maltrix con una quota del 5%, e le due società sviluppano insieme due modelli.", "it"),
    ("Korvan ist mit fünf Prozent an Maltrix beteiligt; die beiden Unternehmen entwickeln gemeinsam eine Software.", "de"),
    ("Korvan signed a supply contract with Maltrix. The two companies also signed a cooperation agreement on recycling.", "en"),
    ("Korvan a conclu un contrat d'approvisionnement avec Maltrix. Les deux entreprises ont en outre signé un accord de coopération.", "fr"),
    ("Maltrix vende piezas a Korvan. Los dos grupos trabajan juntos desde hace dos años.", "es"),
])
def test_the_two_companies_named_before_are_partners(text, language):
    assert "partners_with" in _types(text, language)


@pytest.mark.parametrize("text, language", [
    # a bare deal noun is no cooperation: a settlement, a supply agreement extended
    ("Korvan ended its contract with Maltrix. Les deux sociétés ont trouvé un accord à l'amiable.", "fr"),
    ("Korvan supplies Maltrix. The two companies extended their supply agreement in 2023.", "en"),
    ("Korvan supplies Maltrix. The two companies reported higher sales.", "en"),
    # three companies before: which two is not told
    ("Korvan supplies Maltrix and Delvo. The two companies also signed a cooperation agreement.", "en"),
])
def test_no_partnership_of_the_two(text, language):
    assert "partners_with" not in _types(text, language)



@pytest.mark.parametrize("text, language", [
    # the sentence before tells no deal of the two: which pair is meant is unclear (as in pairs.py)
    ("Korvan met Maltrix in Paris. The two companies signed a partnership.", "en"),
    ("Korvan se reunió con Maltrix en Madrid. Ambas compañías firmaron una alianza.", "es"),
])
def test_no_pair_after_a_sentence_with_no_deal(text, language):
    assert "partners_with" not in _types(text, language)
