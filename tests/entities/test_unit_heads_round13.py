"""Units named after a known company with a word for filters, environmental services or asset
management, in each language: "Sogefi Filtration", "Veolia Environnement", "UBS Asset Management".
The sentences are new; the parents are real companies the gazetteer knows."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, unit",
    [
        ("it", "La cessione di Sogefi Filtration al fondo è stata completata in primavera.", "Sogefi Filtration"),
        ("fr", "Derichebourg Environnement collectera les batteries usagées des garages.", "Derichebourg Environnement"),
        ("en", "Shares held by UBS Asset Management rose above the reporting threshold.", "UBS Asset Management"),
        ("es", "Derichebourg Medioambiente recogerá las baterías usadas de los talleres.", "Derichebourg Medioambiente"),
        ("de", "Die Anteile von Allianz Asset Management stiegen über die Meldeschwelle.", "Allianz Asset Management"),
    ],
)
def test_a_known_name_with_such_a_word_is_its_unit(language, text, unit):
    assert unit in companies(text, language)


def test_the_word_in_lower_case_leaves_the_known_name():
    assert companies("UBS management said the stake was small.", "en") == ["UBS"]
