"""A subject relative after a company's description that no name stands in belongs to that description,
not to the clause's subject further back (``frames/common.py`` ``_described_antecedent``), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, lang, coref=None):
    return sorted((r.source, r.target) for r in rels(sentence, ["Kestrel", "Brixo", "Tarsel"], language=lang, coref=coref)
                  if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Kestrel pagará unos 40 millones por la fundidora riojana, que trabaja para Tarsel desde 2019."),
    ("es", "Kestrel ha comprado la empresa navarra, que suministra bandejas a Tarsel."),
    ("en", "Kestrel will pay about 40 million for the Ohio foundry, which supplies castings to Tarsel."),
    ("fr", "Kestrel rachète la fonderie lorraine, qui fournit des carters à Tarsel."),
    ("it", "Kestrel ha rilevato la fonderia veneta, che fornisce carter a Tarsel."),
])
def test_the_buyer_is_no_supplier_of_the_described_company_customers(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence, want", [
    # the description in apposition to a name, read as that name: the relative is the name's
    ("es", "Kestrel ha firmado un acuerdo con Brixo, la empresa navarra, que suministra bandejas a Tarsel.", [("Brixo", "Tarsel")]),
    ("en", "Kestrel has bought the foundry from Brixo, which supplies castings to Tarsel.", [("Brixo", "Tarsel")]),
    # goods, not a company, before the relative: an object relative with its own subject
    ("en", "Tarsel moved its vans to round cells, which it buys from Kestrel.", [("Kestrel", "Tarsel")]),
    # the subject itself before the relative
    ("it", "Kestrel, che fornisce carter a Tarsel, cresce.", [("Kestrel", "Tarsel")]),
])
def test_relatives_of_names_keep_their_reading(lang, sentence, want):
    assert supplies(sentence, lang, coref={"la empresa navarra": "Brixo"}) == want
