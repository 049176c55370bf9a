"""A German present with an adverb of the future after the verb ("bezieht seine Zellen künftig von
Y", "liefert ab dem kommenden Jahr Module an Y") tells a tie to come: announced; a tie said to go on
("auch künftig", "weiterhin") or a present with no such adverb runs now. Invented companies,
sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel", "Vostra"]


def _t(sentence):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, NAMES, language="de"))]


@pytest.mark.parametrize("sentence", [
    "Brixo bezieht seine Batteriezellen künftig von Kestrel.",
    "Brixo bezieht die Zellen für den Kleinwagen in Zukunft von Kestrel.",
    "Kestrel beliefert Brixo ab dem kommenden Jahr mit Modulen.",
])
def test_a_present_with_a_future_adverb_is_announced(sentence):
    assert [st for t, _s, _d, st in _t(sentence) if t == "supplies"] == ["announced"]


@pytest.mark.parametrize("sentence", [
    "Brixo bezieht seine Batteriezellen auch künftig von Kestrel.",
    "Brixo bezieht seine Batteriezellen seit Jahren von Kestrel.",
    "Brixo bezieht seine Batteriezellen von Kestrel.",
])
def test_a_tie_that_goes_on_stays_active(sentence):
    assert [st for t, _s, _d, st in _t(sentence) if t == "supplies"] == ["active"]
