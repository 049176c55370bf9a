"""Talks about selling or buying a company's output (relations/sold_output.py, read by
frames/talks.py), and talks words with a Romance adjective after them ("colloqui preliminari con",
"discussions avancées avec", "negociaciones exclusivas con"): made-up companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations.sold_output import output_after

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]
_S = {"Korvan": ["carmaker"], "Maltrix": ["lithium refiner"]}


def _found(sentence, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language, sectors=_S))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix is in talks with Korvan about the sale of part of its future output.", "en"),
    ("Maltrix a confirmé être en discussions avec Korvan pour la vente d'une partie de sa production future.", "fr"),
    ("Maltrix è in trattativa con Korvan per la vendita di parte della produzione futura.", "it"),
    ("Maltrix está negociando con Korvan la venta de parte de su producción.", "es"),
    ("Maltrix verhandelt mit Korvan über den Verkauf eines Teils der künftigen Produktion.", "de"),
])
def test_talks_about_selling_output_are_a_supply_by_the_seller(sentence, language):
    assert ("supplies", "Maltrix", "Korvan", "in_talks") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan is in talks with Maltrix to buy part of the plant's output.", "en"),
    ("Korvan está negociando con Maltrix la compra de una parte de la producción de la planta.", "es"),
])
def test_talks_about_buying_output_are_a_supply_to_the_buyer_not_a_takeover(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan", "in_talks") in found
    assert not [t for t in found if t[0] == "acquires"]


@pytest.mark.parametrize("words, language, expected", [
    (" d'une partie de sa production future", "fr", True),
    (" di parte della produzione futura", "it", True),
    (" part of its output", "en", True),
    (" eines Teils der Produktion", "de", True),
    # a production site, line or unit sold is a business, not goods
    (" de son site de production", "fr", False),
    (" della linea di produzione di Cassino", "it", False),
    (" its production plant in Ohio", "en", False),
    (" de su planta de producción", "es", False),
    # the production noun too far from the purpose word
    (" della quota che il gruppo detiene nella società che gestisce la produzione", "it", False),
])
def test_output_after_the_purpose_word(words, language, expected):
    text = "vendita" + words
    assert output_after(language, text, len("vendita"), len(text)) is expected


@pytest.mark.parametrize("sentence, language", [
    ("Korvan ha avviato colloqui preliminari con Maltrix per l'acquisto di celle al litio.", "it"),
    ("Korvan a engagé des discussions avancées avec Maltrix pour l'achat de cellules.", "fr"),
    ("Korvan mantiene negociaciones exclusivas con Maltrix para la compra de celdas.", "es"),
])
def test_talks_with_an_adjective_before_the_partner(sentence, language):
    found = {(t, s, d) for t, s, d, _st in _found(sentence, language)}
    assert ("supplies", "Maltrix", "Korvan") in found


def test_talks_to_sell_off_goods_in_french():
    found = _found("Maltrix est en discussions avec Korvan pour écouler tout l'hydroxyde de lithium de sa raffinerie.", "fr")
    assert ("supplies", "Maltrix", "Korvan", "in_talks") in found
