"""A passive sale whose subject is a noun with no name ("the plant was sold to Y", "l'usine a été vendue
à Y"): the company named before it in a description is not what was sold (round 5). Sentences written
for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _pairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence,language", [
    ("Longtemps filiale de Korvan, qui y fabriquait des pièces, l'usine a été vendue en 2022 à Maltrix.", "fr"),
    ("Korvan a indiqué que l'activité a été vendue à Maltrix.", "fr"),
    ("Ancien site de Korvan, cette fonderie avait été vendue à Maltrix en 2019.", "fr"),
    ("Long a unit of Korvan, the plant was sold in 2022 to Maltrix.", "en"),
    ("Korvan said the unit was sold to Maltrix.", "en"),
])
def test_the_noun_was_sold_not_the_company(sentence, language):
    got = _pairs(sentence, language)
    assert ("acquires", "Maltrix", "Korvan") not in got


@pytest.mark.parametrize("sentence,language", [
    ("Ancienne filiale de Korvan, Ostero a été vendue en 2022 à Maltrix.", "fr"),
    ("Ostero a été vendue à Maltrix.", "fr"),
    ("A former unit of Korvan, Ostero was sold in 2022 to Maltrix.", "en"),
    ("Korvan said Ostero was sold to Maltrix.", "en"),
])
def test_a_named_company_sold_still_read(sentence, language):
    assert ("acquires", "Maltrix", "Ostero") in _pairs(sentence, language)
