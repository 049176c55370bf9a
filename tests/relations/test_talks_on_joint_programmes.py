"""Talks about a joint development programme or project are talks about a partnership ("in talks with
Y about a joint project", "conversaciones con Y sobre un programa conjunto", "discussions
avec Y sur un programme de développement commun", "in trattative con Y per un progetto comune",
"Gespräche mit Y über ein gemeinsames Projekt"): partners_with, in talks. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]
_PAIR = frozenset(("Korvan", "Maltrix"))


@pytest.mark.parametrize("sentence, language", [
    ("Korvan confirmed it is in talks with Maltrix about a joint project for cells.", "en"),
    ("Korvan confirmó que mantiene conversaciones con Maltrix sobre un programa conjunto de investigación en motores.", "es"),
    ("Korvan a confirmé être en discussions avec Maltrix sur un programme de développement commun.", "fr"),
    ("Korvan ha confermato di essere in trattative con Maltrix per un progetto comune.", "it"),
    ("Korvan bestätigte Gespräche mit Maltrix über ein gemeinsames Projekt.", "de"),
])
def test_talks_about_a_joint_programme(sentence, language):
    got = {(frozenset((s, d)), t, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))}
    assert (_PAIR, "partners_with", "in_talks") in got
