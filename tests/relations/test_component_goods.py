"""Vehicle components named by their head noun are goods (lexicon/products.py, "components"): German
compounds glue the part's use before the head ("Kühlmodule", "Steuergeräte", "Wärmepumpen"), the other
languages put it after ("cooling modules", "moduli", "capteurs", "cajas de cambios"). A verb of buying
that needs goods named ("kauft", "buys", "achète", "acquista", "compra") then reads the supply."""

from __future__ import annotations

import pytest

from tierscope.relations.products import products_outside


@pytest.mark.parametrize("text, word", [
    ("Die Werke bauen Kühlmodule und Wärmepumpen.", "Kühlmodule"),
    ("Der Auftrag umfasst Strukturbauteile.", "Strukturbauteile"),
    ("Geliefert werden Steuergeräte.", "Steuergeräte"),
    ("The plant makes cooling modules.", "modules"),
    ("L'usine produit des capteurs.", "capteurs"),
    ("La fábrica produce cajas de cambios.", "cajas de cambios"),
])
def test_component_heads_are_goods(text, word):
    assert (text.index(word), "components") in products_outside(text, [])


@pytest.mark.parametrize("text", [
    "Der Bus wird von einem Motor angetrieben.",  # "angetrieben" is driven, no gearbox
    "Investoren pumpen Geld in den Zulieferer.",   # the verb "pumpen", no pump
    "Die Anteile wechseln den Besitzer.",
])
def test_no_component_in_other_words(text):
    assert not [p for p in products_outside(text, []) if p[1] == "components"]


def _rels(read_page, text, language):
    return {(r.type, r.source, r.target) for r in read_page(text, language).relations}


@pytest.mark.parametrize("language, text, supplier, customer", [
    ("de", "Die Teralon Automobil AG kauft Kühlmodule bei der Morvik Kühltechnik GmbH ein.",
     "Morvik Kühltechnik", "Teralon Automobil"),
    ("fr", "Teralon Automobiles SA achète des capteurs à Morvik Thermique SAS.", "Morvik Thermique", "Teralon Automobiles"),
    ("it", "Teralon Automobili S.p.A. acquista centraline da Morvik Termica S.r.l.", "Morvik Termica", "Teralon Automobili"),
    ("es", "Teralon Automóviles S.A. compra cajas de cambios a Morvik Térmica S.L.", "Morvik Térmica", "Teralon Automóviles"),
])
def test_buying_components_is_a_supply(read_page, language, text, supplier, customer):
    assert ("supplies", supplier, customer) in _rels(read_page, text, language)
