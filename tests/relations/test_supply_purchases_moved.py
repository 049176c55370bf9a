"""Purchases moved to a supplier: the one who moves its orders buys from the one they go to
("Brixo shifted part of its purchases to Kestrel", "a réorienté une partie de ses achats vers
Kestrel", "ha spostato parte degli acquisti verso Kestrel", "desvió parte de sus compras hacia
Kestrel", "hat seine Zellbestellungen zu Kestrel verlagert"). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, ["Brixo", "Kestrel"], language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo shifted part of its purchases to Kestrel."),
    ("en", "Brixo moved its cell orders to Kestrel."),
    ("en", "Brixo has switched most of its battery sourcing to the Korean group Kestrel."),
    ("fr", "Brixo a transféré ses commandes de cellules à Kestrel."),
    ("fr", "Brixo a réorienté une partie de ses achats vers Kestrel."),
    ("it", "Brixo ha spostato parte degli acquisti di celle verso Kestrel."),
    ("it", "Brixo, che ha già spostato parte degli acquisti verso Kestrel, non ha commentato."),
    ("it", "Brixo ha trasferito gli ordini di separatori a Kestrel."),
    ("es", "Brixo ha trasladado sus pedidos de celdas a Kestrel."),
    ("es", "Brixo desvió parte de sus compras hacia Kestrel."),
    ("de", "Brixo hat seine Zellbestellungen zu Kestrel verlagert."),
    ("de", "Brixo hat Aufträge an Kestrel verlagert."),
])
def test_purchases_moved_to_a_supplier(lang, sentence):
    assert supplies(sentence, lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo moved its headquarters to Kestrel's campus."),
    ("en", "Brixo shifted its focus to Kestrel."),
])
def test_no_purchases_moved(lang, sentence):
    assert supplies(sentence, lang) == []
