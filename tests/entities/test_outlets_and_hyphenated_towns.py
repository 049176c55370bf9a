"""Words found by position that name no company: a news outlet whose name opens with an article ("Les
Echos", "El Economista": the article is trimmed from a name, and the outlet's bare words must not be read
as one, or "la società" after it points to the outlet), and the first word of a French town joined by
hyphens ("Brixo-lez-Vanne") that the page then writes alone. Invented sentences, companies and towns;
the outlets are the outlet list's."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text, outlet",
    [
        ("it", "Come riferisce Les Echos, il gruppo tratta da mesi con Norvik.", "Echos"),
        ("fr", "Comme le rapportent Les Echos, la société discute avec Norvik d'un contrat.", "Echos"),
        ("es", "Como adelantó El Economista, la empresa negocia con Norvik un contrato de suministro.", "Economista"),
    ],
)
def test_the_outlet_s_bare_words_are_no_company(language, text, outlet):
    assert outlet not in companies(text, language)


def test_a_name_after_an_article_that_is_no_outlet_is_still_found():
    assert "Norvik" in companies("Secondo indiscrezioni riportate da Le Norvik, la società tratta con Brixo.", "it")


@pytest.mark.parametrize(
    "text",
    [
        "Brixo-lez-Vanne : l'usine de Norvik tourne à plein. Kestrel pourrait se fournir à Brixo pour ses cellules.",
        "L'usine de Norvik à Brixo-sur-Vanne tourne à plein. Kestrel pourrait se fournir à Brixo pour ses cellules.",
    ],
)
def test_the_first_word_of_a_hyphenated_town_is_no_company(text):
    """A town joined by hyphens around a linking word, shortened to its first word ("Brixo" for
    "Brixo-lez-Vanne"), is no company anywhere on the page."""
    assert "Brixo" not in companies(text, "fr")


def test_a_name_with_no_such_town_on_the_page_is_still_found():
    assert "Brixo" in companies("L'usine de Norvik tourne à plein. Kestrel pourrait se fournir à Brixo pour ses cellules.", "fr")
