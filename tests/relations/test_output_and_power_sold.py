"""Round 16 (enR): a plant's output or power sold to, or bought from, a named company is a supply
("sells output from its wind farm to Y", "buys power from Y's wind farms"); bare "power" and "output"
are goods only right after the verb of selling or buying, with the other party named. Made-up
companies, all five languages."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Voltane", "Delvo"]
_SECTORS = {"Voltane": ["energy"]}


def _supplies(sentence, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, sectors=_SECTORS)) if t == "supplies"}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Voltane sells output from its Skerry wind farm to Korvan under a fifteen-year contract."),
    ("en", "Korvan buys power from Voltane's hydro plants in the Alps."),
    ("en", "Korvan now buys most of its power from Voltane."),
    ("it", "Voltane vende la produzione del parco eolico di Taranto a Korvan."),
    ("it", "Korvan acquista energia da Voltane per lo stabilimento di Melfi."),
    ("fr", "Voltane vend la production de son parc solaire à Korvan depuis 2024."),
    ("fr", "Korvan achète de l'énergie à Voltane pour son usine de Douai."),
    ("es", "Voltane vende la producción de su parque eólico a Korvan desde 2023."),
    ("es", "Korvan compra energía a Voltane para su planta de Vigo."),
    ("de", "Voltane verkauft die Produktion des Windparks an Korvan."),
    ("de", "Korvan bezieht Energie von Voltane für das Werk in Kassel."),
])
def test_output_or_power_sold_is_a_supply(language, sentence):
    assert ("Voltane", "Korvan") in _supplies(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Voltane sold the power on the open market.",
    "Korvan buys power semiconductors for both plants through Delvo.",
    "Voltane sells output in the spot market, Korvan said.",
])
def test_no_named_buyer_or_other_goods(sentence):
    assert ("Voltane", "Korvan") not in _supplies(sentence, "en")
