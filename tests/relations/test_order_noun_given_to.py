"""An order noun naming its customer right after it and then, with "a"/"à", the company it went to: the
latter supplies, in Italian and French as in Spanish and German (``frames/orders.py``, ``_GIVEN_TO``).
Invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


@pytest.mark.parametrize("lang,text", [
    ("it", "L'ordine di Orvane a Pelmor riguarda 40 tram a batteria."),
    ("it", "La commessa di Orvane alla Pelmor vale 90 milioni di euro."),
    ("fr", "La commande d'Orvane à Pelmor porte sur 40 rames."),
    ("es", "El pedido de Orvane a Pelmor incluye 40 tranvías."),
])
def test_the_order_goes_to_the_supplier(lang, text):
    got = {(s, t) for typ, s, t, _st, _p in triples(rels(text, ["Orvane", "Pelmor"], language=lang)) if typ == "supplies"}
    assert got == {("Pelmor", "Orvane")}
