"""A relative clause on the first of two listed customers does not take the second
(``relations/customer_relatives.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel will supply cells from 2027 to Nordia, which builds cars, and to Brixo."),
    ("es", "Kestrel suministrará celdas a Nordia, que fabrica coches, y a Brixo."),
    ("it", "Kestrel le fornirà a Nordia, che produce furgoni a Bari, e a Brixo."),
    ("fr", "Kestrel les fournira à Nordia, qui assemble des utilitaires à Douai, et à Brixo."),
    ("de", "Kestrel liefert die Zellen an Nordia, das in Bremen Transporter baut, und an Brixo."),
])
def test_both_listed_customers_are_the_suppliers(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia", "Brixo"], lang) == [("Kestrel", "Brixo"), ("Kestrel", "Nordia")]


def test_a_company_inside_the_relative_leaves_the_list():
    s = "Kestrel las suministrará desde 2027 a Nordia, que ensamblará en Vigo el Tarvo Raval, y a Brixo."
    assert supplies(s, ["Kestrel", "Nordia", "Tarvo", "Brixo"], "es") == [("Kestrel", "Brixo"), ("Kestrel", "Nordia")]


def test_a_relative_that_supplies_the_next_company_is_left_alone():
    # no list closed by "and to": the relative's own object
    got = supplies("Kestrel sells cells to Nordia, which supplies packs to Brixo.", ["Kestrel", "Nordia", "Brixo"], "en")
    assert ("Nordia", "Brixo") in got
