"""Deliveries told with a time to come, their participle without its auxiliary ("with the first deliveries due
next year", "con le consegne previste a partire dall'estate", "livraisons prévues l'an prochain", "con las
primeras entregas previstas para 2027") or with the future of "arrive" ("le cui prime consegne arriveranno nel
2027", "dont les livraisons arriveront dès 2027", "cuyas primeras entregas llegarán el próximo año"):
the deal is made, the supply not yet running, announced, however the rest of the sentence reads. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _status(text, language):
    doc = RelationExtractor()(make_doc(text, ["Solvanta", "Varenna"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}[("supplies", "Solvanta", "Varenna")]


@pytest.mark.parametrize("language,text", [
    ("it", "Varenna è già cliente di Solvanta, con le consegne previste a partire dall'estate."),
    ("it", "Varenna compra le celle da Solvanta, le cui prime consegne arriveranno nel 2027."),
    ("en", "Varenna buys its cells from Solvanta, with the first deliveries due next year."),
    ("en", "Solvanta's cells go to Varenna, with shipments due early next year."),
    ("fr", "Varenna achète ses cellules à Solvanta, dont les livraisons arriveront dès 2027."),
    ("fr", "Solvanta est le fournisseur de Varenna, livraisons prévues l'an prochain."),
    ("es", "Varenna compra sus celdas a Solvanta, con las primeras entregas previstas para 2027."),
    ("es", "Varenna compra sus celdas a Solvanta, cuyas primeras entregas llegarán el próximo año."),
])
def test_deliveries_to_come_make_the_supply_announced(language, text):
    assert _status(text, language) == "announced"


@pytest.mark.parametrize("language,text", [
    ("it", "Varenna compra le celle da Solvanta dal 2019."),
    ("en", "Varenna buys its cells from Solvanta."),
    ("fr", "Varenna achète ses cellules à Solvanta depuis 2019."),
    ("es", "Varenna compra sus celdas a Solvanta desde 2019."),
])
def test_without_them_the_supply_runs(language, text):
    assert _status(text, language) == "active"
