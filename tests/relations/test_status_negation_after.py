"""A negation after the trigger (French and verb-final German read one there) is read as a whole word of
the sentence: the fourteen characters after the trigger once were a slice, whose cut could end a word
as a negation ("depuis le pas|sage", "liefert … nicht|s")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_EX = RelationExtractor()


def _statuses(text: str, language: str) -> set[tuple[str, str]]:
    doc = make_doc(text, ["Brixo", "Valmera"], language=language)
    return {(r.type, r.status) for r in _EX(doc).relations if {r.source, r.target} == {"Brixo", "Valmera"}}


@pytest.mark.parametrize("text", [
    "Brixo a choisi Valmera, avec laquelle il collabore depuis le passage à l'électrique.",
    "Brixo a choisi Valmera, avec laquelle il collabore depuis le passage.",
])
def test_a_word_cut_at_the_window_is_no_negation(text):
    assert ("partners_with", "denied") not in _statuses(text, "fr")
    assert ("partners_with", "active") in _statuses(text, "fr")


def test_a_whole_negation_after_the_trigger_still_counts():
    found = _statuses("Brixo a choisi Valmera, avec laquelle il ne collabore pas.", "fr")
    assert ("partners_with", "active") not in found
