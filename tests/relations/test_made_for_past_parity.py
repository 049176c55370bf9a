"""Making goods for a named client in a past tense, in every language as English read "made ... for":
"produisait ... pour", "produceva ... per", "fabricaba ... para", "fertigte ... für". Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix made battery brackets for Korvan until 2024.", "en"),
    ("Maltrix produisait des supports de batterie pour Korvan jusqu'en 2024.", "fr"),
    ("Maltrix fabriquait les sièges pour Korvan.", "fr"),
    ("Maltrix produceva supporti per batterie per Korvan fino al 2024.", "it"),
    ("Maltrix realizzava i sedili per Korvan.", "it"),
    ("Maltrix fabricaba soportes de batería para Korvan hasta 2024.", "es"),
    ("Maltrix produjo los asientos para Korvan.", "es"),
    ("Maltrix fertigte bis 2024 Batteriehalter für Korvan.", "de"),
    ("Maltrix baute die Sitze für Korvan.", "de"),
])
def test_made_for_a_client_in_the_past(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix fabriquait des sièges à Lyon, selon Korvan.", "fr"),
    ("Maltrix fabricaba asientos en Vigo, según Korvan.", "es"),
])
def test_no_client_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
