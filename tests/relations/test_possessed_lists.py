"""A possessive after a list marks the list's last name only (relations/possessed_lists.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda", "Norvik"]


def _owns(text, language, names=NAMES):
    return {(r.source, r.target) for r in rels(text, names, language=language) if r.type == "owns"}


@pytest.mark.parametrize("text", [
    "Brakon, Selvio and Quarda's battery unit Norvik were pooling money in a new cell venture.",
    "Brakon and Quarda's battery unit Norvik signed a lease for the site.",
    "Selvio, Brakon and Quarda's charging unit Norvik opened 40 sites last year.",
])
def test_english_possessive_after_a_list_is_the_last_names_only(text):
    got = _owns(text, "en")
    assert ("Quarda", "Norvik") in got
    assert not got & {("Brakon", "Norvik"), ("Selvio", "Norvik")}


@pytest.mark.parametrize("text", [
    "Norvik Cells und Selvio On-Mutter Quarda Innovation unterzeichneten den Vertrag.",
    "Norvik Cells und die Selvio On-Mutter Quarda Innovation unterzeichneten den Vertrag.",
])
def test_german_compound_after_a_list_is_the_last_names_only(text):
    got = _owns(text, "de", ["Norvik Cells", "Selvio On", "Quarda Innovation"])
    assert ("Quarda Innovation", "Selvio On") in got
    assert ("Quarda Innovation", "Norvik Cells") not in got


@pytest.mark.parametrize("text, language", [
    ("Quarda's battery unit Norvik signed a lease for the site.", "en"),
    ("Brakon und die Quarda-Tochter Norvik unterzeichneten den Vertrag.", "de"),
    ("Brakon et Norvik, la filiale de Quarda, ont signé le bail.", "fr"),
])
def test_the_marked_owner_keeps_its_unit(text, language):
    assert ("Quarda", "Norvik") in _owns(text, language)
