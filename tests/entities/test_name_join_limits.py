"""Where a joining word does not make one name (entities/name_joins.py): a German "Tochter" (a
subsidiary) or "Kollegen" after "und", a partners' word carried on by a genitive ("Partner der
Branche"), trades that open a name of their own ("y Energías Renovables del Sur"), and the two
parties after "between". Sentences and companies invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities.matcher import tokenize
from tierscope.entities.name_joins import partner_join


def companies(text: str, language: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text, first",
    [
        ("de", "Der Zulieferer Quandor und Tochter Brixal liefern Kabel an Orvena.", "Quandor"),
        ("de", "Nach Angaben von Quandor und Kollegen aus der Zulieferbranche liefert Orvena Zellen an Brixal.", "Quandor"),
    ],
)
def test_a_german_subsidiary_or_colleagues_word_keeps_two(language, text, first):
    names = companies(text, language)
    assert first in names
    assert not any(n and n.startswith(first + " und") for n in names)


@pytest.mark.parametrize(
    "text",
    ["Quandor und Partner der Zulieferbranche", "Quandor and Partners of the region", "Quandor y Socios de la comarca"],
)
def test_a_partners_word_with_a_genitive_is_a_common_noun(text):
    tokens = tokenize(text)
    assert not partner_join(tokens, 1)


def test_a_partners_word_before_a_place_is_still_the_firm():
    tokens = tokenize("Quandor e Figli a Lecco")
    assert partner_join(tokens, 1)


def test_trades_that_open_a_name_of_their_own_stay_apart():
    names = companies("Repsol y Energías Renovables del Sur firmaron un contrato de suministro de paneles.", "es")
    assert "Repsol" in names
    assert not any(n and n.startswith("Repsol y") for n in names)


def test_between_names_two_parties():
    names = companies("Nuevo contrato entre Repsol y Energías Renovables.", "es")
    assert "Repsol" in names
    assert not any(n and n.startswith("Repsol y") for n in names)


@pytest.mark.parametrize(
    "language, text, first",
    [
        ("es", "El acuerdo entre Quandor y Energías Renovables fue firmado ayer en Soria.", "Quandor y"),
        ("en", "The deal between Quandor Labs and Energy Storage was signed on Monday.", "Quandor Labs and"),
    ],
)
def test_between_names_two_parties_found_by_position(language, text, first):
    names = companies(text, language)
    assert not any(n and n.startswith(first) for n in names)
