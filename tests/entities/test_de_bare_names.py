"""A German ambiguous company name right after a preposition with no article ("mit Velmora über",
"für Velmora bekannt") is the company (entities/de_bare_names.py); a noun so placed is not: the page
writes it after an article, in lower case, or a capitalised word follows it. Sentences and names
invented for the test."""

from __future__ import annotations

import pytest

from tierscope.entities.de_bare_names import bare_after_preposition
from tierscope.entities.matcher import tokenize


def at(text, word):
    tokens = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(tokens) if t.text == word)
    return bare_after_preposition(text, tokens, i, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Zum anderen sprechen wir mit Velmora über Batteriesysteme für Traktoren.",
        "Mit Velmora sprechen wir gerade über Gelenkbusse.",
        "Brenvik ist vor allem als Auftragsfertiger für Velmora bekannt.",
        "Brenvik war die Antriebssparte von Velmora und wurde abgespalten.",
    ],
)
def test_a_name_after_a_bare_preposition(text):
    assert at(text, "Velmora")


@pytest.mark.parametrize(
    "text",
    [
        "Der Streit um den Posten ist beendet. Sie kämpfen mit Posten und Titeln.",  # a noun with an article
        "Sie zahlt mit Velmora Aktien.",  # a capitalised word after it
        "Der Umbau begann mit Velmora-Zellen.",  # a compound
        "Das velmora genannte Verfahren läuft. Wir arbeiten mit Velmora daran.",  # the word in lower case
        "Brenvik liefert Zellen im Velmora.",  # no bare preposition
    ],
)
def test_a_noun_or_a_compound_is_no_name(text):
    word = "Posten" if "Posten" in text else "Velmora"
    assert not at(text, word)


def test_the_known_finder_takes_it_as_context():
    from tierscope.entities.known import _has_context

    text = "Zum anderen sprechen wir mit Velmora über Batteriesysteme."
    tokens = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(tokens) if t.text == "Velmora")
    assert _has_context(text, tokens, i, 1, len(text), "de")
    text = "Zum anderen sprechen wir über den Velmora und Batteriesysteme."
    tokens = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(tokens) if t.text == "Velmora")
    assert not _has_context(text, tokens, i, 1, len(text), "de")
