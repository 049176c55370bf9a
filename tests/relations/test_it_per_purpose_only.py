"""Italian "per" marks a tie still to come only as "in order to" before an infinitive ("per fornire le
celle"); "per le batterie", "per i suoi camion" name what the goods are for and leave a running supply
active. Invented sentences, real company names."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


@pytest.mark.parametrize("text,supplier,customer", [
    ("Le celle per le batterie di Ampere sono fornite da LG Energy Solution.", "LG Energy Solution", "Ampere"),
    ("Per le versioni più economiche Ampere si rifornisce da CATL.", "CATL", "Ampere"),
    ("I moduli per i camion di Iveco sono forniti da Microvast.", "Microvast", "Iveco"),
])
def test_per_naming_what_the_goods_are_for_keeps_the_supply_active(text, supplier, customer):
    doc = RelationExtractor()(make_doc(text, [supplier, customer], language="it"))
    got = {(r.type, r.source, r.target): r.status for r in doc.relations}
    assert got.get(("supplies", supplier, customer)) == "active"
