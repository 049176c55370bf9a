"""English: goods supplied to a customer's sites named with a possessive after "at"/"in" (relations/frames/
supply.py, supS): "supplies the chargers at Y's stations" - Y is the customer. The other languages say it
with "of" ("nelle stazioni di Y", "an den Stationen von Y"), which the goods' owner reading already takes.
Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="en"))}


@pytest.mark.parametrize("sentence", [
    "Maltrix supplies the chargers at Korvan's stations.",
    "Maltrix has been delivering all of the units being installed at Korvan's newest locations.",
    "The pumps come from Maltrix, which is already supplying the dispensers in Korvan's depots.",
])
def test_the_sites_owner_is_the_customer(sentence):
    found = _found(sentence)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found


def test_a_place_is_no_customer():
    # no possessive site noun after the name: nothing is read from "at Korvan"
    assert ("supplies", "Maltrix", "Korvan") not in _found("Maltrix presented its chargers at Korvan yesterday.")
