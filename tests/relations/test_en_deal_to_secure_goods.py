"""A deal signed "with Y to secure" goods ("to secure silicon carbide chips", "to secure supplies of
lithium") makes Y the supplier of the company that signed it, not a partner; securing orders, customers,
funding or its future is no purchase. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Kestrel Automotive", "Vellmar Semiconductors"]


def _got(text):
    return {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}


@pytest.mark.parametrize("text", [
    "Kestrel Automotive signed a deal with Vellmar Semiconductors to secure silicon carbide chips through 2030.",
    "Kestrel Automotive struck a deal with Vellmar Semiconductors to secure supplies of lithium.",
    "Kestrel Automotive signed an agreement with Vellmar Semiconductors to secure long-term supplies of battery cells.",
])
def test_securing_goods_is_buying_them(text):
    got = _got(text)
    assert ("supplies", "Vellmar Semiconductors", "Kestrel Automotive") in got
    assert ("supplies", "Kestrel Automotive", "Vellmar Semiconductors") not in got


@pytest.mark.parametrize("text", [
    "Kestrel Automotive signed a deal with Vellmar Semiconductors to secure its future.",
    "Kestrel Automotive teamed up with Vellmar Semiconductors to secure funding from the government.",
    "Kestrel Automotive signed a deal with Vellmar Semiconductors to secure new customers for its vans.",
])
def test_securing_anything_else_is_no_supply(text):
    assert not any(t == "supplies" for t, _, _ in _got(text))


def test_the_buyer_of_secured_supplies_is_never_their_supplier():
    got = _got("Kestrel Automotive signed an agreement with Vellmar Semiconductors to secure long-term supplies of power modules.")
    assert ("supplies", "Kestrel Automotive", "Vellmar Semiconductors") not in got
