"""An owner named in a participle phrase that opens the sentence ("Controlled by X since 2015, Y has
...", "Contrôlée par X, la holding de la famille, Y a ..."): the main clause's subject is the child
(round 5). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _pairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence,language", [
    ("Controlled by Korvan, Ostero has reshaped its portfolio.", "en"),
    ("Owned by Korvan since 2015, Ostero makes cells.", "en"),
    ("Majority-owned by Korvan, the Swedish maker Ostero makes cells.", "en"),
    ("Contrôlée par Korvan, Ostero a remodelé son portefeuille.", "fr"),
    ("Contrôlé par Korvan, la holding de la famille qui en détient la moitié du capital, Ostero a remodelé son portefeuille.", "fr"),
    ("Détenue par Korvan depuis 2015, Ostero fabrique des cellules.", "fr"),
])
def test_fronted_owner_owns_the_subject(sentence, language):
    assert ("owns", "Korvan", "Ostero") in _pairs(sentence, language)


def test_relative_inside_the_phrase_is_passed_over():
    got = _pairs("Controlled by Korvan, which also owns Ostero, Maltrix makes cells.", "en")
    assert ("owns", "Korvan", "Maltrix") in got


@pytest.mark.parametrize("sentence,language", [
    # a list of subjects, a verb of saying with its own object, a place: no child taken
    ("Controlled by Korvan, Ostero and Maltrix make cells.", "en"),
    ("Founded in Oslo, Ostero supplies Maltrix.", "en"),
    ("Contrôlée par l'État, Ostero livre Maltrix.", "fr"),
])
def test_no_child_guessed(sentence, language):
    got = _pairs(sentence, language)
    assert not any(t == "owns" for t, _s, _d in got)
