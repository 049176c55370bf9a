"""Who supplies whom when the goods are someone's: "von/di/de/of X" after the thing the goods are for names
their owner, the customer, also after two nouns joined by "und" or a longer description
(``frames.supply._for_owner``, the machines of ``goods_of``); and a plural passive relative after the
seller of an order ("à Y, qui seront livrés en 2027") speaks of the goods (``goods_relatives.py``).
Invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _supplies(text, lang):
    return {(s, t) for typ, s, t, _st, _p in triples(rels(text, ["Orvane", "Pelmor"], language=lang)) if typ == "supplies"}


@pytest.mark.parametrize("text", [
    "Pelmor liefert die Akkus für die Traktoren und Mäher von Orvane.",
    "Pelmor liefert die Akkus für die kleinen elektrischen Hoflader von Orvane.",
    "Pelmor liefert seit 2024 Zellen für die Bagger oder Radlader von Orvane.",
    "Pelmor liefert die Motoren der Stapler und Kehrmaschinen von Orvane.",
])
def test_german_goods_for_the_owners_machines(text):
    assert _supplies(text, "de") == {("Pelmor", "Orvane")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Orvane a commandé 45 rames à Pelmor, qui seront livrées à partir de 2028."),
    ("it", "Orvane ha ordinato 45 treni a Pelmor, che saranno consegnati dal 2028."),
])
def test_plural_passive_relative_after_the_seller_is_on_the_goods(lang, text):
    assert _supplies(text, lang) == {("Pelmor", "Orvane")}


@pytest.mark.parametrize("lang,text", [
    # (read right before as well, by the order's own frame: kept so)
    ("fr", "Orvane a passé commande de 45 bus à Pelmor, qui devraient être livrés l'an prochain."),
    ("es", "Orvane encargó 45 autobuses a Pelmor, que serán entregados a partir de 2028."),
])
def test_orders_with_a_goods_relative_stay_the_sellers(lang, text):
    assert _supplies(text, lang) == {("Pelmor", "Orvane")}


@pytest.mark.parametrize("lang,text", [
    # a singular passive relative, or one with its agent, is still the company's
    ("fr", "Le carrossier Pelmor, qui sera livré par Orvane, monte des autocars."),
    ("it", "Il costruttore Pelmor, che sarà rifornito da Orvane, monta autobus."),
])
def test_a_companys_own_passive_relative_still_reads(lang, text):
    assert _supplies(text, lang) == {("Orvane", "Pelmor")}
