"""German relatives of "von" and "bei" before a verb of buying: the antecedent sells to the relative's
subject ("Hinzu kommen X und Y, von denen Z Wafer bezieht"), in frames/supply.py (_seller_relative)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text):
    doc = make_doc(text, ["Korvan", "Maltrix", "Brixo"], language="de")
    return {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}


@pytest.mark.parametrize("text, sellers", [
    ("Hinzu kommt Maltrix, von dem Korvan seit 2024 Zellen bezieht.", {"Maltrix"}),
    ("Hinzu kommen Maltrix und Brixo, von denen Korvan seit dem Frühjahr Wafer in größerem Umfang bezieht.", {"Maltrix", "Brixo"}),
    ("Als Lieferanten nennt der Bericht Maltrix, bei der Korvan seit Jahren Kathoden kauft.", {"Maltrix"}),
])
def test_the_antecedent_sells(text, sellers):
    found = _supplies(text)
    for seller in sellers:
        assert (seller, "Korvan") in found
        assert ("Korvan", seller) not in found


def test_a_relative_of_selling_keeps_its_reading():
    # "an die": the antecedent receives (to_rel), unchanged
    found = _supplies("Die Zellen gehen an Maltrix, an die Korvan seit 2024 liefert.")
    assert ("Maltrix", "Korvan") not in found
