"""Confirmed talks whose subject is something the two companies give each other ("about opening their
charging networks to each other's customers", "über eine gegenseitige Öffnung", "sur un accès
réciproque", "per aprire reciprocamente", "sobre un acceso mutuo") are talks of a partnership: a
purchase or a supply goes one way, a reciprocal arrangement is a cooperation. Made-up companies,
sentences written for this test."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


@pytest.mark.parametrize("sentence, language", [
    ("Korvan confirmed it is in talks with Maltrix about opening their charging networks to each other's drivers.", "en"),
    ("Korvan confirmed talks with Maltrix on mutual access to their service centres.", "en"),
    ("Ein Korvan-Sprecher bestätigte Gespräche mit Maltrix über eine gegenseitige Nutzung der Werkstätten.", "de"),
    ("Korvan a confirmé être en discussions avec Maltrix sur un accès réciproque à leurs ateliers.", "fr"),
    ("Korvan ha confermato di essere in trattative con Maltrix per aprire reciprocamente le proprie officine.", "it"),
    ("Korvan confirmó que mantiene conversaciones con Maltrix sobre un acceso mutuo a sus talleres.", "es"),
])
def test_talks_on_a_reciprocal_arrangement_are_partnership_talks(sentence, language):
    got = [(t, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language)) if {s, d} == {"Korvan", "Maltrix"}]
    assert got == [("partners_with", "in_talks")]


@pytest.mark.parametrize("sentence, language", [
    ("Korvan confirmed it is in talks with Maltrix about its future.", "en"),
    ("Korvan a confirmé être en discussions avec Maltrix sur son avenir.", "fr"),
])
def test_talks_with_no_purpose_name_no_tie(sentence, language):
    assert rels(sentence, _C, language=language) == []
