"""Italian headlines name an order by its customer, the supplier after "per"/"a" ("Maxi commessa X per
Y"). Sentences written for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex"]


@pytest.mark.parametrize("text", [
    "Kestrup, commessa Tovan per la Brelix",
    "Maxi commessa Tovan per Brelix.",
    "Commessa Tovan da 200 milioni a Brelix.",
    "Ordine Tovan per Brelix: 40 treni regionali.",
])
def test_order_noun_customer_then_supplier(text):
    assert {(r.type, r.source, r.target) for r in rels(text, CO, language="it")} == {("supplies", "Brelix", "Tovan")}


@pytest.mark.parametrize("text", [
    "La commessa Tovan è stata firmata ieri.",
    "L'ordine Tovan prevede 200 treni.",
])
def test_order_noun_without_a_supplier_reads_nothing(text):
    assert rels(text, CO, language="it") == []
