"""Known acronyms written in title case by Italian, Spanish and French papers ("Basf" for BASF), and
what is not read so: the first word of a sentence, a three-letter word that reads as a word, German
nouns. The sentences are new; the companies are real and in the gazetteer in capitals."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, canonical",
    [
        ("it", "Il gruppo ha aperto una trattativa con Basf per il carbonato di litio.", "BASF"),
        ("es", "La empresa negocia con Basf el suministro de precursores para la planta.", "BASF"),
        ("fr", "Le groupe discute avec Basf d'un contrat de précurseurs pour son usine.", "BASF"),
        ("it", "La nuova società è partecipata dal gruppo marocchino Ocp e da un fondo cinese.", "OCP Group"),
        ("it", "Il fondo ha ceduto la quota alla holding pubblica Cdp dopo un lungo negoziato.", "Cassa Depositi e Prestiti"),  # home company
    ],
)
def test_a_title_case_acronym_names_the_known_company(language, text, canonical):
    assert canonical in companies(text, language)


@pytest.mark.parametrize(
    "language, text, canonical",
    [
        ("de", "Der Konzern ist auf dem Weg zu einer neuen Zellfabrik in Sachsen.", "WEG"),  # German noun
        ("es", "La planta contará con una Fab de obleas cerca de Dresde.", "First Abu Dhabi Bank"),  # reads as a word
    ],
)
def test_title_case_words_that_are_no_acronym(language, text, canonical):
    assert canonical not in companies(text, language)


@pytest.mark.parametrize("language", ["it", "es", "fr"])
def test_a_foreign_company_known_by_its_full_name_is_not_read_from_title_case_initials(language):
    # "ERG" is Eurasian Resources Group's short form in the gazetteer; a paper's "Erg" is another company.
    text = {
        "it": "Il contratto con il gruppo Erg prevede la fornitura di energia eolica allo stabilimento.",
        "es": "El contrato con el grupo Erg prevé el suministro de energía eólica a la planta.",
        "fr": "Le contrat avec le groupe Erg prévoit la fourniture d'énergie éolienne à l'usine.",
    }[language]
    assert "Eurasian Resources Group" not in companies(text, language)


def test_not_the_first_word_of_a_sentence():
    assert "BASF" not in companies("Basf non ha commentato la notizia.", "it")
