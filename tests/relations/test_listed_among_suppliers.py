"""A plural supplier noun with its complement, then a name among its referents ("several suppliers of
technology, including Y"): Y is one of the suppliers, the subject their customer (frames/nouns.py,
``_LISTED_AMONG``), not a supplier of Y. Made-up companies."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("language,text,supplier,customer", [
    ("it", "Ortensia Reti SpA lavora con vari fornitori di celle, tra cui Valdena Celle SpA, per i suoi impianti "
           "di stoccaggio.", "Valdena Celle", "Ortensia Reti"),
    ("fr", "Ortensia Réseaux SA discute avec plusieurs fournisseurs de cellules, dont Valdena Cellules SA, pour ses "
           "projets de stockage.", "Valdena Cellules", "Ortensia Réseaux"),
])
def test_a_name_listed_among_the_suppliers_is_a_supplier(read_page, language, text, supplier, customer):
    pairs = {(r.source, r.target) for r in read_page(text, language).relations if r.type == "supplies"}
    assert (supplier, customer) in pairs and (customer, supplier) not in pairs, pairs
