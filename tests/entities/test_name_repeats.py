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


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a capitalised group word with no article before it opens the name
        ("es", "Grupo Torvena se hará con la planta de Vigo.", "Grupo Torvena"),
        ("es", "La compra encaja en la estrategia de Grupo Torvena, proveedor de Seat.", "Grupo Torvena"),
        # with an article, or in lower case, it describes the company
        ("es", "El grupo Torvena compra piezas.", "Torvena"),
        ("es", "Según el Grupo Torvena, la venta sigue.", "Torvena"),
        # Iberian makers named after their place
        ("es", "Norvik se hará con Plásticos do Sil, proveedor de Seat.", "Plásticos do Sil"),
        ("es", "La planta compra a Estampaciones del Ebro.", "Estampaciones del Ebro"),
    ],
)
def test_group_word_and_works_names(language, text, expected):
    assert expected in companies(text, language)


@pytest.mark.parametrize(
    "language, text, expected, absent",
    [
        # a known name opening with a generic word, after a capitalised word of its own: one unknown company
        ("es", "La ronda cuenta con la participación de Torvena Partners Group, que entra en el capital.", "Torvena Partners Group", "Partners Group"),
        ("en", "The round was joined by Torvena Partners Group and two family offices.", "Torvena Partners Group", "Partners Group"),
        # the known name alone, or after a word that is not part of it
        ("es", "Partners Group ha invertido en la empresa.", "Partners Group", None),
        ("es", "La firma suiza Partners Group ha invertido en la empresa.", "Partners Group", None),
    ],
)
def test_known_generic_name_widened(language, text, expected, absent):
    found = companies(text, language)
    assert expected in found and (absent is None or absent not in found), found


def canonicals(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


def test_short_name_after_full_introduction():
    # the two-word name introduces the company; its first word alone names it again later
    found = canonicals("Torvena Ibérica ha cerrado una ronda de financiación. Torvena compra las obleas a Soitec.", "es")
    assert found.count("Torvena Ibérica") == 2, found


def test_unit_named_after_parent_stays_apart():
    # the short name first, the longer one after: a parent and its unit
    found = canonicals("Torvena ha vendido su filial Torvena Umbilicals a un fondo. Torvena Umbilicals emplea a 300 personas.", "es")
    assert "Torvena" in found, found


@pytest.mark.parametrize("text", [
    "In October it extended an agreement under which it supplies 150mm and 200mm wafers to a German chipmaker.",
    "The new platform runs at 800V and uses 4680 cells.",
])
def test_sizes_and_ratings_are_no_companies(text):
    found = companies(text, "en")
    assert not any(any(ch.isdigit() for ch in f) for f in found), found
