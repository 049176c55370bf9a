"""Readings of supply the sixteenth round's supply-precision work took away (supP), on sentences
written for these tests: a supplier of a supplier told across "in turn" (``relations/second_tier.py``),
a venture's parents brought together by a verb (``relations/venture_parents.py``), a list of brands
(``relations/brand_parties.py``), a share price's gain read as an order won and "make" as a light verb
(the lexicons)."""

from __future__ import annotations

import pytest

from .helpers import rels

C3 = ["Kestrel", "Nordia", "Brixo"]


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel fits the chips supplied by Brixo into its inverters, which in turn are delivered to Nordia."),
    ("fr", "Kestrel monte les puces fournies par Brixo dans ses onduleurs, qui sont à leur tour livrés à Nordia."),
    ("it", "Kestrel integra i chip forniti da Brixo nei suoi inverter, che a loro volta vengono consegnati a Nordia."),
    ("es", "Kestrel integra los chips suministrados por Brixo en sus inversores, que a su vez se entregan a Nordia."),
    ("de", "Brixo liefert Chips an Kestrel, das daraus Wechselrichter baut, die wiederum an Nordia gehen."),
])
def test_a_supplier_of_a_supplier_is_no_supplier_of_the_next_customer(lang, sentence):
    got = supplies(sentence, C3, lang)
    assert ("Brixo", "Nordia") not in got
    assert ("Brixo", "Kestrel") in got


def test_in_turn_told_of_the_supplier_keeps_its_supplies():
    got = supplies("Brixo, a su vez, vende esos cátodos a Nordia y a Kestrel.", C3, "es")
    assert got == [("Brixo", "Kestrel"), ("Brixo", "Nordia")]


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "La coentreprise réunissant Kestrel, Nordia et Ostra reçoit depuis octobre du graphite produit par le norvégien Brixo."),
    ("en", "The joint venture bringing together Kestrel and Nordia has received graphite from Brixo since October."),
    ("it", "Brixo fornisce grafite alla joint venture che riunisce Kestrel e Nordia."),
    ("es", "Brixo suministra grafito a la empresa conjunta que reúne a Kestrel y Nordia."),
    ("de", "Brixo beliefert das Gemeinschaftsunternehmen, das Kestrel und Nordia vereint, mit Graphit."),
])
def test_parents_brought_together_are_no_customers(lang, sentence):
    assert supplies(sentence, C3 + ["Ostra"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Las celdas irán a los modelos que Ostra ensamblará en Martorell para las marcas Brixo y Kessel."),
    ("en", "Ostra assembles the cars for the Brixo and Kessel brands."),
    ("fr", "Ostra assemble les voitures pour les marques Brixo et Kessel."),
    ("it", "Ostra assembla le auto per i marchi Brixo e Kessel."),
    ("de", "Ostra liefert Motoren für die Marken Brixo und Kessel."),
])
def test_each_name_of_a_list_of_brands_is_a_brand(lang, sentence):
    assert supplies(sentence, ["Ostra", "Brixo", "Kessel"], lang) == []


def test_a_name_beside_a_brand_list_given_plainly_keeps_its_supply():
    got = supplies("Ostra liefert Motoren an Nordia für die Marken Brixo und Kessel.", ["Ostra", "Brixo", "Kessel", "Nordia"], "de")
    assert got == [("Ostra", "Nordia")]


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Le titre Kestrel a gagné 4 % depuis l'annonce du contrat Nordia, celui de Brixo a reculé dans le même temps."),
    ("es", "Kestrel ganó un 4,5 % en bolsa tras conocerse el contrato de Nordia."),
    ("de", "Kestrel gewann 4 Prozent nach dem Nordia-Auftrag."),
])
def test_a_share_price_gain_is_no_order_won(lang, sentence):
    assert supplies(sentence, C3, lang) == []


def test_an_order_won_is_still_read():
    assert supplies("Kestrel a gagné un contrat de Nordia pour 4 000 bornes.", C3, "fr") == [("Kestrel", "Nordia")]


@pytest.mark.parametrize("sentence", [
    "Kestrel has made an informal approach to Nordia about a possible takeover.",
    "Kestrel said it had no intention of making an offer to Nordia.",
])
def test_make_as_a_light_verb_makes_no_goods(sentence):
    assert supplies(sentence, C3, "en") == []


def test_making_goods_for_a_customer_is_still_read():
    assert supplies("Kestrel makes the battery trays for Nordia.", C3, "en") == [("Kestrel", "Nordia")]


def test_the_parents_brought_together_are_the_ventures_partners():
    got = rels("Brixo fornisce grafite alla joint venture che riunisce Kestrel e Nordia.", C3, language="it")
    assert sorted((r.type, r.source, r.target) for r in got) == [("joint_venture", "Kestrel", "Nordia")]


# (real names: the gazetteer's chain, a cell maker selling to a carmaker, is what paired the two peers)
@pytest.mark.parametrize("lang, sentence", [
    ("it", "Abbiamo contratti firmati con Renault e con LG Energy Solution, che riceveranno le prime consegne appena l'impianto sarà a regime."),
    ("fr", "Nous avons signé des contrats avec Renault et avec LG Energy Solution, qui recevront les premières livraisons."),
    ("de", "Wir haben Lieferverträge mit Renault und mit LG Energy Solution unterzeichnet, die die ersten Lieferungen erhalten."),
])
def test_two_names_after_the_same_preposition_are_peers(lang, sentence):
    assert supplies(sentence, ["Renault", "LG Energy Solution"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo has signed supply contracts with Renault and with LG Energy Solution."),
    ("it", "Brixo ha firmato contratti di fornitura con Renault e con LG Energy Solution."),
    ("en", "Brixo sells cells to Renault and to LG Energy Solution."),
])
def test_the_third_party_of_two_peers_keeps_its_supplies(lang, sentence):
    got = supplies(sentence, ["Renault", "LG Energy Solution", "Brixo"], lang)
    assert got == [("Brixo", "LG Energy Solution"), ("Brixo", "Renault")]


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel e Brixo stanno costruendo la fabbrica di celle che dovrebbe dare a Nordia batterie meno costose."),
    ("it", "Kestrel ha aperto una nuova fabbrica di moduli per Nordia."),
    ("fr", "Kestrel a ouvert une fabrique de modules pour Nordia."),
])
def test_a_factory_noun_is_no_verb_of_making(lang, sentence):
    assert supplies(sentence, C3, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel fabbrica le celle per Nordia."),
    ("fr", "Kestrel les produit pour Nordia."),
    ("fr", "Kestrel produit des cellules pour Nordia."),
])
def test_the_verb_of_making_is_still_read(lang, sentence):
    assert supplies(sentence, C3, lang) == [("Kestrel", "Nordia")]
