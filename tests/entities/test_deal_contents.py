"""A deal signed between two companies in one sentence, the goods it covers told in the next
(deal_contents.py): "The contract covers battery cells", "Der Vertrag umfasst Batteriezellen", "Les
premières livraisons porteront sur des cellules". Who sells is the gazetteer's chain. Sentences written
for these tests (known companies, so that the chain can tell who sells)."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _supplies(text, language):
    doc = _RX(run(text, language))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt in Gothenburg. The agreement covers battery cells for two van models."),
    ("de", "Volvo Cars hat in Göteborg eine Vereinbarung mit Northvolt unterzeichnet. Die Vereinbarung umfasst Batteriezellen für zwei Transporter."),
    ("fr", "Volvo Cars a conclu à Göteborg un accord avec Northvolt. Les premières livraisons porteront sur des cellules pour deux fourgons."),
    ("it", "Volvo Cars ha siglato a Göteborg un accordo con Northvolt. L'accordo prevede celle per due modelli di furgone."),
    ("es", "Volvo Cars cerró en Gotemburgo un acuerdo con Northvolt. El acuerdo incluye celdas para dos modelos de furgoneta."),
])
def test_the_goods_of_a_deal_told_in_the_next_sentence(language, text):
    assert ("Northvolt", "Volvo Cars") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # no goods: the deal covers something else
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt in Gothenburg. The agreement covers joint research in Sweden."),
    # a third company with the goods: whose deal?
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt in Gothenburg. The agreement covers battery cells that CATL will also supply."),
    # a third company in the deal's sentence
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt and Polestar in Gothenburg. The agreement covers battery cells for two vans."),
    # a question
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt in Gothenburg. Does the agreement cover battery cells?"),
    # the next paragraph
    ("en", "Volvo Cars signed a seven-year agreement with Northvolt in Gothenburg.\nThe agreement covers battery cells for two vans."),
])
def test_no_supply_from_a_deal_and_its_next_sentence(language, text):
    assert ("Northvolt", "Volvo Cars") not in _supplies(text, language)
    assert ("Volvo Cars", "Northvolt") not in _supplies(text, language)



@pytest.mark.parametrize("language, text", [
    # the first deliveries, plural, with a plural verb
    ("es", "Volvo Cars cerró en Gotemburgo un acuerdo con Northvolt. Las primeras entregas incluyen celdas para dos modelos de furgoneta."),
    ("it", "Volvo Cars ha siglato a Göteborg un accordo con Northvolt. Le prime consegne comprendono celle per due furgoni."),
    ("fr", "Volvo Cars a conclu à Göteborg un accord avec Northvolt. Les premières livraisons couvriront des cellules pour deux fourgons."),
])
def test_the_first_deliveries_with_a_plural_verb(language, text):
    assert ("Northvolt", "Volvo Cars") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # "in order to" places no order
    ("en", "Volvo Cars met Northvolt in Gothenburg in order to compare test results. The first deliveries will include battery cells for two vans."),
    # "ha pedido a Y" asked Y: the participle of "pedir", no order
    ("es", "Volvo Cars ha pedido a Northvolt una reunión en Gotemburgo. Las primeras entregas incluyen celdas para dos furgonetas."),
])
def test_no_deal_noun_in_a_phrase_or_a_participle(language, text):
    # (deal_contents alone, which reads the lexicon's deal nouns: some other reader still takes "in order to" for a supply)
    from tierscope.relations.deal_contents import deal_contents
    from tierscope.relations.extractor import sentence_index

    doc = run(text, language)
    assert deal_contents(doc, sentence_index(doc), language) == []


def test_the_market_is_no_deal():
    # "le marché" opening the next sentence is the market, not the deal
    text = "Volvo Cars a conclu à Göteborg un accord avec Northvolt. Le marché européen concerne surtout des cellules LFP."
    assert ("Northvolt", "Volvo Cars") not in _supplies(text, "fr")
