"""Nicknames the press uses for a company, from its emblem or home."""

from __future__ import annotations

import pytest
from entity_helpers import run


def nicknamed(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in run(text, language).mentions if m.source == "nickname"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("it", "Le azioni del Cavallino salgono dopo i conti.", [("del Cavallino", "Ferrari")]),
        ("it", "Per la casa del Biscione la nuova Junior è decisiva.", [("la casa del Biscione", "Alfa Romeo")]),
        ("it", "Il gruppo del cane a sei zampe cede una quota di Plenitude.",
         [("Il gruppo del cane a sei zampe", "Eni")]),
        ("fr", "La marque au losange prépare une citadine électrique.", [("La marque au losange", "Renault")]),
        ("fr", "Le Losange a vendu plus de voitures en mai.", [("Le Losange", "Renault")]),
        ("es", "La marca del rombo fabricará el nuevo modelo en Palencia.", [("La marca del rombo", "Renault")]),
        ("en", "Shares of the Prancing Horse fell 3%.", [("the Prancing Horse", "Ferrari")]),
    ],
)
def test_a_nickname_names_its_company(language, text, expected):
    assert nicknamed(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Il rombo del motore si sente da lontano."),
        ("fr", "Le logo a la forme d'un losange rouge."),
        ("es", "Un león apareció en el cartel del concierto."),
        ("it", "Lo studio è stato presentato all'università della Bicocca."),
    ],
)
def test_an_emblem_word_alone_is_no_company(language, text):
    assert nicknamed(text, language) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il Tridente presenterà la nuova berlina a Modena.", [("Il Tridente", "Maserati")]),
        ("Per la casa del Tridente il mercato cinese resta difficile.", [("la casa del Tridente", "Maserati")]),
        ("La Stella ha chiuso il trimestre con margini in calo.", [("La Stella", "Mercedes-Benz")]),
        ("Il Lingotto ha scelto un nuovo fornitore per i sedili.", [("Il Lingotto", "Stellantis")]),
    ],
)
def test_italian_emblems_of_carmakers(text, expected):
    assert nicknamed(text, "it") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il salone dell'auto si terrà al Lingotto di Torino.",
        "Una stella del calcio ha visitato lo stand.",
        "Il tridente d'attacco della squadra ha segnato tre gol.",
    ],
)
def test_italian_emblem_words_as_things(text):
    assert nicknamed(text, "it") == []
