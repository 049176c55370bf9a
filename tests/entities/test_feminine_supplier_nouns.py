"""Italian and Spanish write a supplier noun in the feminine when it agrees with "la società" / "la
empresa": "La sua fornitrice è Y", "Su principal proveedora es Y", "la principale fornitrice di X è Y".
The possessive that opens such a sentence, the copula before the role and the role before a copula take
the feminine as they take "fornitore" / "proveedor". Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, supplier, customer", [
    ("it", "Bisceglia Batterie produce moduli a Bari. La sua fornitrice è Ascoli Materiali.",
     "Ascoli Materiali", "Bisceglia Batterie"),
    ("it", "Bisceglia Batterie produce moduli a Bari. La sua principale fornitrice è Ascoli Materiali.",
     "Ascoli Materiali", "Bisceglia Batterie"),
    ("es", "Valdora Baterías produce módulos en Sagunto. Su principal proveedora es Cieza Materiales.",
     "Cieza Materiales", "Valdora Baterías"),
    ("es", "La principal proveedora de Valdora Baterías es Cieza Materiales.", "Cieza Materiales", "Valdora Baterías"),
])
def test_a_feminine_supplier_noun_names_the_supplier(lang, text, supplier, customer, read_page):
    doc = read_page(text, lang)
    assert (supplier, customer) in {(r.source, r.target) for r in doc.relations if r.type == "supplies"}
