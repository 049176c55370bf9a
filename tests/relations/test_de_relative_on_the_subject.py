"""German: a relative after a company whose customer is a description of the main clause's subject
("X setzt auf Y, die den Konzern beliefert"): Y supplies X, not X supplies Y (supply._relative_on_subject)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supplies(text):
    doc = RelationExtractor()(make_doc(text, ["Dravik", "Ostrel", "Pellam"], language="de"))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Dravik vertraut auf Ostrel, die den Konzern seit Jahren mit Kabelbäumen beliefert.",
    "Dravik arbeitet eng mit Ostrel zusammen, das den Autobauer mit Sitzen beliefert.",
    "Dravik baut auf Ostrel, der an den Lkw-Hersteller Getriebe liefert.",
])
def test_the_relative_supplies_the_subject(text):
    assert _supplies(text) == {("Ostrel", "Dravik")}


def test_a_named_customer_in_the_relative_is_read_as_before():
    assert ("Ostrel", "Dravik") not in _supplies("Dravik vertraut auf Ostrel, die auch den Rivalen Pellam beliefert.")
