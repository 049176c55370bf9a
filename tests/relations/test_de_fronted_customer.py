"""German verb second with the customer fronted: "Für Y fertigt X Kathoden" (invented sentences). The
subject follows the finite verb; the "für" name before it is the customer, as in "X fertigt für Y"."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Für Corvalis fertigt Norvik Kathoden.",
    "Für Corvalis produziert Norvik am Standort Leipzig Batteriegehäuse.",
    "Für Corvalis baut Norvik seit 2022 Sitze.",
    "Auch für Corvalis produziert Norvik inzwischen Zellen.",
    "Die Zellen für Corvalis wird Norvik fertigen.",
])
def test_fronted_customer_then_maker(text):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text)


def test_fronted_customers_listed():
    rels = _rels("Für Corvalis und Tessaro fertigt Norvik Kathoden.")
    assert {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")} <= rels


@pytest.mark.parametrize("text", [
    "Für Corvalis ist Norvik ein wichtiger Partner, der Zellen fertigt.",
    "Für Corvalis arbeitet Norvik an Zellen.",
    "Für Corvalis fertigt die Tochter eigene Zellen, Norvik liefert nur Kathoden.",
])
def test_no_maker_after_the_fronted_customer(text):
    assert ("supplies", "Norvik", "Corvalis") not in _rels(text)
