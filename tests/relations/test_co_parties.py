"""Companies on the same side of a sale are no seller and buyer of each other: a companion of the
subject ("together with Y"), a name of the clause before a semicolon (relations/co_parties.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixana", "Korvello", "Delmarin"]


def _supplies(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language) if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("Brixana, together with its affiliate Korvello, sold more than 1.7 million vehicles in Canada last year.", "en"),
    ("Brixana, along with Korvello, sold 900,000 cars in Brazil in 2025.", "en"),
    ("Brixana ha venduto insieme a Korvello oltre un milione di veicoli in Europa.", "it"),
    ("Brixana vendió junto con Korvello más de un millón de coches en México.", "es"),
    ("Erster Kunde ist Brixana; ab 2028 sollen dann auch Korvello und Delmarin aus Ulm beliefert werden.", "de"),
    ("Abnehmer der ersten Zellen wird vor allem Brixana sein; später sollen auch Korvello und Delmarin beliefert werden.", "de"),
])
def test_companies_on_one_side_are_no_seller_and_buyer(text, language):
    assert _supplies(text, language) == set()


@pytest.mark.parametrize("text, language, pair", [
    ("Brixana is in talks with Korvello to supply battery cells for its vans.", "en", ("Brixana", "Korvello")),
    ("Brixana wird ab 2026 Korvello mit Zellen beliefern.", "de", ("Brixana", "Korvello")),
    ("Brixana and Korvello will supply cells to Delmarin from 2027.", "en", ("Korvello", "Delmarin")),
])
def test_a_seller_and_its_buyer_are_still_read(text, language, pair):
    assert pair in _supplies(text, language)
