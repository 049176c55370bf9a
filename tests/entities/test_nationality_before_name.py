"""In Italian, Spanish and French a nationality adjective used as a noun puts a company's name after
it: "alla cinese Vostra", "la china Vostra", "au chinois Vostra". Invented names; real nationalities."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text", [
    ("it", "Almara ha ceduto la divisione alla cinese Vostra, controllata da un fondo."),
    ("it", "L'americana Vostra ha firmato un accordo con Almara."),
    ("es", "Hasta 2024, la china Vostra tenía el 49,9% de Almara."),
    ("fr", "Almara a vendu sa filiale au chinois Vostra."),
    ("fr", "Le sud-coréen Vostra fournira Almara."),
])
def test_a_name_after_a_nationality_used_as_a_noun_is_a_company(language, text):
    assert "Vostra" in [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("language,text,word", [
    ("it", "Il presidente ha incontrato il francese Macron a Parigi.", "Macron"),  # a person
    ("it", "Almara vende auto ai clienti italiani Rossi e Bianchi.", "Rossi"),
    ("es", "El alemán Müller ganó la carrera.", "Müller"),
    ("fr", "Le Français Dupont a gagné la course.", "Dupont"),
])
def test_a_person_after_a_nationality_is_no_company(language, text, word):
    assert word not in [surface for surface, _ in spans(run(text, language), "COMPANY")]
