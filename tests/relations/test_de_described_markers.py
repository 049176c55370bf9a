"""German: a preposition, an article, adjectives and a description noun, then the name ("an den
mexikanischen Autozulieferer Kornex"): the preposition governs the name. Sentences written for the test
(invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Velora"]


@pytest.mark.parametrize("sentence", [
    # a description noun between the preposition and the name: "an" still governs the name
    "Brelix verkauft ihre Tochter Tovan an den mexikanischen Autozulieferer Kornex.",
    "Brelix verkauft Tovan an den Zulieferer Kornex.",
    "Brelix verkauft Tovan an den amerikanischen Finanzinvestor Kornex.",
])
def test_de_buyer_after_a_described_preposition(sentence):
    got = {(r.type, r.source, r.target) for r in rels(sentence, CO, language="de")}
    assert ("acquires", "Kornex", "Tovan") in got
    assert not any(t == "supplies" for t, _, _ in got)  # the noun "Zulieferer" names no supply here


def test_de_supplier_noun_complement_still_read():
    got = {(r.type, r.source, r.target) for r in rels("Zu den Lieferanten des Konzerns zählt Brelix. Tovan ist Zulieferer von Kornex.", CO, language="de")}
    assert ("supplies", "Tovan", "Kornex") in got


@pytest.mark.parametrize("sentence", [
    # the order fronted, the winner after the auxiliary
    "Den Zuschlag für die Achsen der nächsten Plattform von Tovan hat Brelix erhalten.",
    "Kestrup – Den Auftrag für die Batteriegehäuse von Tovan in Europa hat Brelix bekommen.",
    "Einen Großauftrag von Tovan hat Brelix gewonnen.",
])
def test_de_fronted_order_then_winner(sentence):
    got = {(r.type, r.source, r.target) for r in rels(sentence, CO, language="de", places=["Kestrup", "Europa"])}
    assert got == {("supplies", "Brelix", "Tovan")}
