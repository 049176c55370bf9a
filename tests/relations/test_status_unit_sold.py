"""A unit named by its owner's possessive right after a completed sale is owned no more, with or
without a buyer named ("sold its subsidiary Y", "a cédé sa filiale Y", "hat den Verkauf seiner Tochter Y
abgeschlossen", "ha completato la cessione della sua controllata Y", "completó la venta de su filial
Y"). A sale still to come leaves the owner in place. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Almara sold its subsidiary Brixo last year."),
    ("en", "Almara completed the sale of its subsidiary Brixo in March."),
    ("de", "Almara hat den Verkauf seiner Tochter Brixo abgeschlossen."),
    ("de", "Abgeschlossen hat Almara dagegen den Verkauf seiner Schweizer Tochter Brixo."),
    ("fr", "Almara a cédé sa filiale Brixo l'an dernier."),
    ("fr", "Almara a finalisé la cession de sa filiale Brixo."),
    ("it", "Almara ha completato la cessione della sua controllata Brixo."),
    ("es", "Almara completó la venta de su filial Brixo."),
])
def test_a_unit_sold_is_owned_no_more(language, text):
    assert _rels(text, language)[("owns", "Almara", "Brixo")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("en", "Almara plans to sell its subsidiary Brixo."),
    ("en", "Almara agreed to sell its subsidiary Brixo to Kelda."),
    ("de", "Almara will seine Tochter Brixo verkaufen."),
    ("fr", "Almara envisage de céder sa filiale Brixo."),
    ("es", "Almara prepara la venta de su filial Brixo."),
])
def test_a_sale_to_come_leaves_the_owner(language, text):
    assert _rels(text, language)[("owns", "Almara", "Brixo")] == "active"


@pytest.mark.parametrize("language,text", [
    ("it", "Almara ha completato la cessione a Kelda della sua controllata Brixo."),
    ("en", "Almara completed the sale to Kelda of its subsidiary Brixo."),
    ("fr", "Almara a finalisé la cession à Kelda de sa filiale Brixo."),
    ("es", "Almara completó la venta a Kelda de su filial Brixo."),
])
def test_a_unit_sold_with_its_buyer_named_first(language, text):
    assert _rels(text, language)[("owns", "Almara", "Brixo")] == "ended"


def test_a_known_unit_sold_is_owned_no_more():
    # the gazetteer's parent of a unit named beside it (RelationExtractor._known_units), the sale told
    names = ("Northvolt", "Northvolt Ett", "Kelda")
    sold = "Il curatore fallimentare di Northvolt ha completato la cessione a Kelda della controllata Northvolt Ett."
    assert _rels(sold, "it", names)[("owns", "Northvolt", "Northvolt Ett")] == "ended"
    kept = "Northvolt ha presentato i conti della controllata Northvolt Ett."
    assert _rels(kept, "it", names)[("owns", "Northvolt", "Northvolt Ett")] == "active"
