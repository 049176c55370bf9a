"""Volkswagen's electric models are written with a period ("ID. Polo", "ID. Every1", "ID. 3"): the
period ends no sentence unless a sentence opener follows. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tierscope.sentences.splitter import split_sentences


def _split(text, lang):
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("it", "Dal 2027 la ID. Polo monterà celle prodotte in Spagna."),
    ("fr", "La future ID. Every1 vise la même clientèle."),
    ("de", "Der ID. 3 kommt aus Zwickau."),
    ("es", "El ID. Buzz se fabrica en Hannover."),
])
def test_a_model_name_with_a_period_stays_in_its_sentence(lang, text):
    assert _split(text, lang) == [text]


def test_a_sentence_opener_after_id_still_starts_a_sentence():
    assert _split("Bring your ID. The gates open at nine.", "en") == ["Bring your ID.", "The gates open at nine."]
