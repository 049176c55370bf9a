"""tierscope.learned.advisers: a company named as an adviser on a deal is no party to it, so the pair
admitter leaves it out (sentences and companies written for this test)."""

from __future__ import annotations

import pytest

from tierscope.learned.advisers import advises

ADVISERS = [
    ("en", "Brasko Capital advised Velda Cells on its purchase of Norrvik.", "Brasko Capital"),
    ("en", "Velda Cells, advised by Brasko Capital, bought Norrvik.", "Brasko Capital"),
    ("it", "Brasko ha assistito Velda nell'acquisizione di Norrvik.", "Brasko"),
    ("it", "Brasko è advisor dell'offerta di Velda su Norrvik.", "Brasko"),
    ("fr", "Velda, conseillée par Brasko, rachète Norrvik.", "Brasko"),
    ("fr", "Brasko conseille Velda pour le rachat de Norrvik.", "Brasko"),
    ("es", "Velda, asesorada por Brasko, compra Norrvik.", "Brasko"),
    ("de", "Brasko berät Velda beim Kauf von Norrvik.", "Brasko"),
    ("de", "Berater war Brasko, Velda kauft Norrvik.", "Brasko"),
]
PARTIES = [
    ("it", "Brasko ha assistito Velda nell'acquisizione di Norrvik.", "Velda"),
    ("en", "Velda Cells bought Norrvik from Brasko Capital.", "Brasko Capital"),
    ("en", "Brasko supplies advisers to Velda.", "Brasko"),
    ("de", "Velda kauft Norrvik, die Brasko gehört.", "Brasko"),
    ("fr", "Brasko accompagne Velda au capital de Norrvik.", "Brasko"),  # an investor's word, not an adviser's
]


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


@pytest.mark.parametrize("lang, text, name", ADVISERS)
def test_the_adviser_is_found(lang, text, name):
    assert advises(lang, text, *_at(text, name))


@pytest.mark.parametrize("lang, text, name", PARTIES)
def test_a_party_is_no_adviser(lang, text, name):
    assert not advises(lang, text, *_at(text, name))
