"""A list that goes on after "but also" with the kind of the next company before it ("supplies Korvan,
but also smaller makers such as Delvo"), in every language as Spanish read "pero también a fabricantes
como": the next company shares the verb. Not when a verb of its own stands in the gap. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix supplies Korvan, but also smaller makers such as Delvo.", "en"),
    ("Maltrix fournit Korvan, mais aussi des constructeurs plus petits comme Delvo.", "fr"),
    ("Maltrix rifornisce Korvan, ma anche costruttori più piccoli come Delvo.", "it"),
    ("Maltrix abastece a Korvan, pero también a fabricantes más pequeños como Delvo.", "es"),
    ("Maltrix beliefert Korvan, aber auch kleinere Hersteller wie Delvo.", "de"),
])
def test_the_list_goes_on_after_but_also(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Maltrix", "Delvo") in found


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix supplies Korvan, but also competes with makers like Delvo.", "en"),
    ("Maltrix fournit Korvan, mais aussi rivalise avec des groupes comme Delvo.", "fr"),
])
def test_a_verb_in_the_gap_ends_the_list(sentence, language):
    assert ("supplies", "Maltrix", "Delvo") not in _found(sentence, language)
