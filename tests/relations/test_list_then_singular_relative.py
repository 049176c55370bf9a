"""A list of companies, then a relative clause with the ambiguous possessive (Spanish "su", German
"ihre") and a singular verb: the unit belongs to the last name only ("A y B, que opera a través de
su filial C"); a plural verb keeps every owner (relations/guards.py). Sentences written for these
tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero", "Lumen Cells"]


def _owners(text, language):
    return {s for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t == "owns" and d == "Lumen Cells"}


@pytest.mark.parametrize("text,language", [
    ("La francesa Korvan y la coreana Maltrix, que en Salta opera a través de su filial Lumen Cells, ampliaron su presencia.", "es"),
    ("Das Projekt gehört Ostero, Korvan und Maltrix, die über ihre Tochter Lumen Cells an dem Vorhaben beteiligt ist.", "de"),
])
def test_a_singular_relative_speaks_of_the_last_name(text, language):
    assert _owners(text, language) == {"Maltrix"}


@pytest.mark.parametrize("text,language,owners", [
    ("Korvan y Maltrix, que operan a través de su filial común Lumen Cells, ampliaron su presencia.", "es", {"Korvan", "Maltrix"}),
    ("Das Projekt gehört Ostero, Korvan und Maltrix, die über ihre Tochter Lumen Cells an dem Vorhaben beteiligt sind.", "de",
     {"Ostero", "Korvan", "Maltrix"}),
])
def test_a_plural_relative_keeps_every_owner(text, language, owners):
    assert _owners(text, language) == owners
