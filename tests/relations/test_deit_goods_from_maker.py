"""Goods and their customer told before the verb, the maker after it (invented sentences): German
passives with the agent before the participle ("Die Zellen für die Autos von Y werden von X
geliefert"), goods that come from a maker ("Die Zellen für Y stammen von X", "le celle per Y arrivano
da X"), sheet steel as a product, and "è entrata nel capitale di Y"."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Corvalis") if n in text], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("de", "Die Ladesäulen an den Tankstellen von Corvalis werden von Norvik geliefert."),
    ("de", "Die Zellen für die Elektroautos von Corvalis werden seit 2022 von Norvik geliefert."),
    ("de", "Die Zellen für Corvalis stammen von Norvik."),
    ("de", "Die Batterien der Elektroautos von Corvalis kommen künftig von Norvik."),
    ("it", "Le celle per Corvalis arrivano da Norvik."),
    ("it", "Le batterie delle auto di Corvalis provengono da Norvik."),
    ("it", "Corvalis acquista da Norvik lamiere zincate per le carrozzerie."),
    ("de", "Corvalis bezieht von Norvik Stahlbleche für die Karosserien."),
])
def test_maker_supplies_the_customer(language, text):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Die Idee für Corvalis kam von Norvik."),
    ("de", "Das Geld für Corvalis kommt von Norvik."),
    ("de", "Die Zellen kommen von Norvik, Corvalis baut sie ein."),
    ("it", "La proposta per Corvalis arriva da Norvik."),
])
def test_no_goods_or_no_customer_no_supply(language, text):
    assert not _rels(text, language)


@pytest.mark.parametrize("text", [
    "Norvik è entrata nel capitale di Corvalis.",
    "Norvik entrerà nel capitale di Corvalis con il 10%.",
])
def test_entering_the_capital(text):
    assert ("invests_in", "Norvik", "Corvalis") in _rels(text, "it")


@pytest.mark.parametrize("language,text", [
    ("de", "Corvalis verbaut Zellen von Norvik."),
    ("de", "Corvalis verwendet künftig Batterien von Norvik."),
    ("it", "Corvalis utilizza celle di Norvik."),
    ("it", "Corvalis monta chip di Norvik sulle sue auto."),
])
def test_goods_of_a_maker_used_by_the_customer(language, text):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Corvalis nutzt die Plattform von Norvik."),                  # no goods
    ("it", "Corvalis utilizza celle di ultima generazione, come Norvik."),
    ("it", "Corvalis usa la rete di Norvik per la ricarica."),
])
def test_no_goods_of_a_maker(language, text):
    assert ("supplies", "Norvik", "Corvalis") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("de", "Corvalis nutzt die Zellen von Norvik für Tests."),   # Norvik's own cells, maybe not made by it
    ("it", "Corvalis utilizza le celle di Norvik nei test."),
])
def test_goods_with_an_article_name_no_maker(language, text):
    assert ("supplies", "Norvik", "Corvalis") not in _rels(text, language)


@pytest.mark.parametrize("word,product", [
    ("Rundzellen", "battery cells"),
    ("Festkörperzellen", "battery cells"),
    ("Natrium-Ionen-Zellen", "battery cells"),
    ("Lithium-Ionen-Batterien", "batteries"),
    ("Hochvoltbatterien", "batteries"),
])
def test_german_compounds_of_cells_and_batteries(word, product):
    from tierscope.relations.products import products_in
    assert [p for _, p in products_in(f"Kestrel kauft {word} ein.")] == [product]


def test_a_compound_product_lets_a_verb_of_buying_read_a_supply():
    assert ("supplies", "Norvik", "Corvalis") in _rels("Corvalis kauft Rundzellen bei Norvik ein.", "de")
