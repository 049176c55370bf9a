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


def test_a_list_after_with_pairs_nobody():
    # "con X, que vende ..., y con Y": the reader of "vende" may pair X with Y; the list closed by "y con" leaves none
    from tierscope.relations.customer_relatives import reattach_list_customers
    from tierscope.relations.engine import Found
    s = "El mercado de furgonetas enfrenta a los grupos locales con Nordia, que ya vende su modelo pequeño, y con Brixo, que lanza otro en otoño."
    spans = [(s.index(n), s.index(n) + len(n), n, ()) for n in ("Nordia", "Brixo")]
    t0 = s.index("vende")
    misread = Found("supplies", "Nordia", "Brixo", "active", 0.55, None, (t0, t0 + 5))
    assert reattach_list_customers(s, spans, [misread]) == []
