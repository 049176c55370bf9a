"""An affiliate is a company of the same group or one a company holds a stake in, not a unit it
controls: "X, the parts affiliate of Y", "Y's parts affiliate X", "its affiliate X" state no ``owns``
(relations/lexicon/en.py); a unit, subsidiary or arm still does. Sentences written for these tests
with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _owns(text):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language="en")) if t == "owns"}


@pytest.mark.parametrize("text", [
    "Maltrix, the auto parts affiliate of Korvan, has won an order from Ostero.",
    "Maltrix, Korvan's parts affiliate, assembles battery systems for the plant.",
    "Korvan said its affiliate Maltrix would build the modules.",
])
def test_an_affiliate_is_no_unit(text):
    assert ("Korvan", "Maltrix") not in _owns(text)


@pytest.mark.parametrize("text", [
    "Maltrix, the auto parts unit of Korvan, has won an order from Ostero.",
    "Maltrix, Korvan's parts subsidiary, assembles battery systems for the plant.",
])
def test_a_unit_is_still_owned(text):
    assert ("Korvan", "Maltrix") in _owns(text)
