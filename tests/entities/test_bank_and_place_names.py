"""Names of real filings that hold a descriptor before "of" or open with a place (entities/names.py
validate, patterns.place_named): "National Bank of Valdora" is not "of Valdora", "Dakota Mutual
Insurance" is not "Mutual Insurance". Companies made up for these tests (Dakota is a place)."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> set[str]:
    return {m.text for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize("language, text, name", [
    ("en", "Tormund acquired National Bank of Valdora in 2000.", "National Bank of Valdora"),
    ("en", "Tormund acquired Dakota Mutual Insurance in 2000.", "Dakota Mutual Insurance"),
    ("en", "Dakota Mutual Insurance has agreed to buy Tormund for $400 million.", "Dakota Mutual Insurance"),
    ("en", "Tormund acquired Dakota Bancorp in 2000.", "Dakota Bancorp"),
    ("it", "Tormund ha acquisito la Banca Popolare di Valdora nel 2000.", "Banca Popolare di Valdora"),
    ("es", "Tormund compró el Banco de Crédito Valdorano en 2000.", "Banco de Crédito Valdorano"),
    ("fr", "Tormund a racheté la Banque Populaire du Valdor en 2000.", "Banque Populaire du Valdor"),
])
def test_the_whole_name(language, text, name):
    assert name in companies(text, language)


def test_a_place_before_another_name_is_still_stripped():
    text = "Dal 2008 Brixo è controllata dal gruppo di Hong Kong Velqua Holdings Ltd, che ha sede a Kowloon."
    assert "Velqua Holdings Ltd" in companies(text, "it")


@pytest.mark.parametrize("text, name", [
    # AP-style headlines: content words capitalised, short function words not (entities/headlines.py)
    ("Quillmark Freight Acquired by Tormund Group", "Quillmark Freight"),
    ("Tormund Completes Acquisition of Quillmark Freight", "Tormund"),
    # a deal closed in a headline's present (cues.SUBJECT_VERBS "closes")
    ("Tormund Closes Acquisition of Quillmark Freight", "Tormund"),
])
def test_the_subject_of_an_ap_style_headline(text, name):
    assert name in companies(text, "en")


def test_a_capitalised_verb_in_a_sentence_is_no_headline_cue():
    # most words in lower case: "Buys" belongs to a programme's name, not a headline's verb
    assert "Quillmark" not in companies("Shares of Tormund rose after the Quillmark Buys Program ended.", "en")
