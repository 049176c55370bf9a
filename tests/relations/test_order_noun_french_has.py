"""French "a" after an order's customer is the verb "has", not the preposition "à": "la commande de Y a
surpris X" names no supplier X, where "la commande de Y à X" does (relations/frames/orders.py). Invented
names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Dalvena", "Ostrevo"]


def _supplies(text):
    return {(r.source, r.target) for r in rels(text, NAMES, language="fr") if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "La commande géante de Dalvena a inquiété Ostrevo, son rival de toujours.",
    "La commande de Dalvena a fait grimper Ostrevo à la Bourse de Milan.",
])
def test_has_after_the_customer_names_no_supplier(text):
    assert ("Ostrevo", "Dalvena") not in _supplies(text)


def test_to_after_the_customer_names_the_supplier():
    assert ("Ostrevo", "Dalvena") in _supplies("La commande de Dalvena à Ostrevo porte sur 80 autocars.")
