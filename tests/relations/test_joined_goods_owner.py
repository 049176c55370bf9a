"""Things joined by "and" after the "for" of the goods share the owner named after them: "liefert die
Batterien für die Kompakttraktoren und Rasenmäher von Y" - Y owns the tractors and buys the batteries,
it supplies nothing (relations/frames/supply.py, ``_for_owner``). Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik", "Valmera"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Norvik liefert die Akkus für die elektrischen Kehrmaschinen und Hoflader von Valmera."),
    ("de", "Norvik liefert die Kabelsätze für die neuen Stadtbusse oder Überlandbusse von Valmera."),
])
def test_the_owner_of_joined_goods_is_the_customer(lang, text):
    assert sorted((r.source, r.target) for r in rels(text, NAMES, language=lang) if r.type == "supplies") == [
        ("Norvik", "Valmera")]


@pytest.mark.parametrize("lang,text", [
    # no "for": the goods named after the verb may be the other company's own ("liefert Akkus und
    # Ladegeräte von Valmera" resells them), read as before
    ("de", "Norvik liefert Akkus und Ladegeräte von Valmera."),
])
def test_joined_goods_with_no_for_are_left_as_read(lang, text):
    assert ("Norvik", "Valmera") not in [(r.source, r.target) for r in rels(text, NAMES, language=lang)]
