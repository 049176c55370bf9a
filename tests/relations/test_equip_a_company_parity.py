"""Equipping a company, the company as the verb's object, in every language: "Maltrix has equipped Korvan
for years", "Maltrix équipe Korvan", "equipaggia Korvan", "equipa a Korvan", "rüstet Korvan ... aus" (the
goods' owner after "de"/"of" was read before; this is the company itself). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix has equipped Korvan for years.", "en"),
    ("Maltrix équipe Korvan depuis plusieurs années.", "fr"),
    ("Maltrix équipe depuis 2019 Korvan et Delvo.", "fr"),
    ("Maltrix equipaggia Korvan da anni.", "it"),
    ("Maltrix equipa a Korvan desde hace años.", "es"),
    ("Maltrix rüstet Korvan seit Jahren aus.", "de"),
    ("Maltrix stattet Korvan seit Jahren mit Sitzen aus.", "de"),
])
def test_equipping_a_company(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("L'équipe Korvan a rencontré Maltrix à Lyon.", "fr"),
    ("Notre équipe Korvan travaille avec Maltrix.", "fr"),
])
def test_the_team_noun_is_no_verb(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") not in _found(sentence, language)
