"""Two companies counted together in a market are no partners ("zusammen mit Kestrel mehr als die
Hälfte des Weltmarkts bedient", "rund 60 Prozent des Marktes"); working
together on a product stays a partnership, whatever market it aims at. Invented companies, sentences
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel"]


def _types(sentence, language):
    return [t for t, *_ in triples(rels(sentence, NAMES, language=language))]


@pytest.mark.parametrize("sentence, language", [
    ("Marktführer Brixo, der zusammen mit Kestrel mehr als die Hälfte des Weltmarkts bedient, kündigte neue Zellen an.", "de"),
    ("Brixo bedient zusammen mit Kestrel rund 60 Prozent des europäischen Marktes.", "de"),
])
def test_shares_added_up_are_no_partnership(sentence, language):
    assert "partners_with" not in _types(sentence, language)


def test_working_together_for_market_share_stays_a_partnership():
    assert "partners_with" in _types("Brixo arbeitet mit Kestrel bei Natrium-Zellen zusammen, um Marktanteile zu gewinnen.", "de")
