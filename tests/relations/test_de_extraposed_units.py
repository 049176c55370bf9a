"""German puts an apposition after the verb that ends the clause: "Maltrix wird Achsen an Vantor
liefern, die Softwaretochter von Brixo". The unit is the name before the verb, not the clause's
subject (frames/ownership.py ``_DE_EXTRAPOSED``). Sentences and companies made up for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Maltrix", "Vantor Mobility", "Brixo Industries", "Ostero"]


def _owns(text):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language="de")) if t == "owns"}


@pytest.mark.parametrize("text", [
    "Der Zulieferer Maltrix wird ab 2027 Achsen an Vantor Mobility liefern, die Elektroauto- und Softwaretochter "
    "von Brixo Industries.",
    "Maltrix wird künftig Kabel an Vantor Mobility liefern, die Elektroauto- und Batterietochter von Brixo Industries.",
    "Der Zulieferer Maltrix soll ab 2026 Zellen an Vantor Mobility liefern, der Software- und Elektroautotochter von "
    "Brixo Industries.",
    "Maltrix hat einen Vertrag mit Vantor Mobility unterzeichnet, die Batterie- und Speichertochter von Brixo Industries.",
])
def test_the_unit_is_the_name_before_the_verb(text):
    got = _owns(text)
    assert ("Brixo Industries", "Vantor Mobility") in got
    assert not {pair for pair in got if pair[1] in ("Maltrix", "Ostero")}, got


@pytest.mark.parametrize("text", [
    # the apposition right after the subject stays the subject's
    "Vantor Mobility, eine Tochter von Brixo Industries, liefert Achsen an Maltrix.",
])
def test_an_apposition_beside_its_name(text):
    assert ("Brixo Industries", "Vantor Mobility") in _owns(text)
