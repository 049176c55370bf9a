"""A name accepted in full in one place is read in full where it opens a sentence, even when a part
of it was first taken alone there (names.py ``repeats`` / ``_drop_inner``). Invented names."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.text for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, whole",
    [
        ("es", "La compra de Tallares del Sella por Norvik se cerró ayer. Tallares del Sella suministra ejes a Ford.", "Tallares del Sella"),
        ("es", "Norvik cerró la compra de Forjas del Ebro. Forjas del Ebro vende piezas a Seat.", "Forjas del Ebro"),
        ("fr", "Norvik a finalisé le rachat de Fonderies du Morvan. Fonderies du Morvan livre des pièces à Renault.", "Fonderies du Morvan"),
    ],
)
def test_sentence_initial_repeat_is_whole(language, text, whole):
    found = companies(text, language)
    assert found.count(whole) == 2, found
