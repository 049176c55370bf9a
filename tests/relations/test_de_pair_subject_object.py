"""German verb second: a pair anaphor ("beide Hersteller") as the subject and the customer right after the
verb (relations/frames/supply.py, supS). The customer after the verb is read as the object; the pair, not
the first name of the sentence, supplies it. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Dellwyn"]


def _found(sentence):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="de"))}


@pytest.mark.parametrize("sentence", [
    "Den Auftrag teilt sich Maltrix mit Dellwyn; beide Hersteller beliefern Korvan aus ihren Werken in Polen.",
    "Die Menge teilt sich Maltrix mit Dellwyn; beide Unternehmen beliefern Korvan seit dem Frühjahr.",
])
def test_the_pair_supplies_the_object(sentence):
    found = _found(sentence)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Dellwyn", "Korvan") in found
    assert ("supplies", "Korvan", "Dellwyn") not in found


def test_a_plain_subject_keeps_its_reading():
    assert ("supplies", "Maltrix", "Korvan") in _found("Maltrix wird ab 2026 Korvan mit Zellen beliefern.")
