"""The investor that leads a funding round is a company, in each language; "led by" outside a
sentence about a round names nothing by itself. Every name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "The round was led by Korrin, with participation from existing backers.", "Korrin"),
        ("it", "Il round è stato guidato da Solvane, con la partecipazione dei soci storici.", "Solvane"),
        ("fr", "Le tour de table est mené par Corvalis, aux côtés des actionnaires historiques.", "Corvalis"),
        ("es", "La ronda, liderada por Talvera, incluye también a los socios históricos.", "Talvera"),
        ("de", "Angeführt wurde die Runde von Quellberg, beteiligt waren außerdem die Altinvestoren.", "Quellberg"),
        ("de", "Die Finanzierungsrunde wurde von Quellberg angeführt.", "Quellberg"),
    ],
)
def test_the_leader_of_a_round_is_a_company(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The research team was led by Korrin, who joined from Oxford."),
        ("it", "Il progetto di ricerca, guidato da Solvane, durerà tre anni."),
    ],
)
def test_led_by_outside_a_round_names_nothing(language, text):
    assert companies(text, language) == []
