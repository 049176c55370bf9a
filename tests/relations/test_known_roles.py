"""An ownership tie the sentence leaves open runs from the owner the gazetteer knows: "Wabco hatte ZF
2020 gekauft" (German may put the object first) is ZF buying Wabco, its unit in the gazetteer. Real
companies (the gazetteer's parents), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.known_roles import belongs_to, known_direction, related_partners

from .helpers import make_doc


def _rels(text, names, lang):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return sorted((r.type, r.source, r.target) for r in doc.relations)


def test_the_gazetteer_knows_parents_and_grandparents():
    assert belongs_to("Wabco", "ZF")
    assert belongs_to("Audi", "Volkswagen")
    assert not belongs_to("ZF", "Wabco")
    assert not belongs_to("Bosch", "Volkswagen")


@pytest.mark.parametrize("kind", ["acquires", "owns", "invests_in"])
def test_a_unit_never_owns_its_parent(kind):
    assert known_direction(kind, "Wabco", "ZF") == ("ZF", "Wabco")
    assert known_direction(kind, "ZF", "Wabco") == ("ZF", "Wabco")


def test_other_ties_keep_their_direction():
    assert known_direction("supplies", "Audi", "Volkswagen") == ("Audi", "Volkswagen")
    assert known_direction("acquires", "Bosch", "Continental") == ("Bosch", "Continental")


@pytest.mark.parametrize("lang,text", [
    ("de", "Wabco hatte ZF 2020 für rund sieben Milliarden Dollar gekauft."),
    ("de", "ZF hatte Wabco 2020 für rund sieben Milliarden Dollar gekauft."),
    ("en", "ZF bought Wabco in 2020 for about seven billion dollars."),
])
def test_the_sentence_gives_the_owner_as_the_buyer(lang, text):
    assert ("acquires", "ZF", "Wabco") in _rels(text, ["ZF", "Wabco"], lang)
    assert ("acquires", "Wabco", "ZF") not in _rels(text, ["ZF", "Wabco"], lang)


def test_both_readings_in_one_sentence_give_one_tie():
    text = "ZF kaufte Wabco 2020, und Wabco hatte ZF damals selbst gesucht."
    got = _rels(text, ["ZF", "Wabco"], "de")
    assert got.count(("acquires", "ZF", "Wabco")) <= 1
    assert ("acquires", "Wabco", "ZF") not in got


# --- supply runs up the chain: a carmaker buys from utilities, miners, cell makers and suppliers -------

def test_a_carmaker_never_supplies_its_suppliers_kind():
    assert known_direction("supplies", "Stellantis", "Edison") == ("Edison", "Stellantis")  # energy
    assert known_direction("supplies", "BMW", "Bosch") == ("Bosch", "BMW")  # supplier
    assert known_direction("supplies", "Edison", "Stellantis") == ("Edison", "Stellantis")


def test_goods_go_up_the_chain():
    assert known_direction("supplies", "CATL", "Albemarle") == ("Albemarle", "CATL")  # cells above lithium


def test_a_carmaker_may_sell_used_batteries_to_a_recycler_or_cars_to_a_carmaker():
    assert known_direction("supplies", "BMW", "Cylib") == ("BMW", "Cylib")
    assert known_direction("supplies", "Renault", "Umicore") == ("Umicore", "Renault")  # materials too
    assert known_direction("supplies", "Renault", "Nissan") == ("Renault", "Nissan")


def test_it_an_energy_sale_to_the_carmaker_read_from_the_sentence():
    text = ("Edison e Stellantis hanno firmato un contratto di dieci anni, in base al quale la società "
            "energetica venderà al costruttore circa 60 GWh l'anno di elettricità.")
    got = _rels(text, ["Edison", "Stellantis"], "it")
    assert ("supplies", "Stellantis", "Edison") not in got


def test_a_national_unit_named_after_its_carmaker_is_a_carmaker_too():
    assert known_direction("supplies", "Renault España", "Endesa") == ("Endesa", "Renault España")
    assert known_direction("supplies", "Volkswagen Sachsen", "Bosch") == ("Bosch", "Volkswagen Sachsen")
    # an unknown name whose last word is no place says nothing
    assert known_direction("supplies", "Renault Flins Logistik", "Endesa") == ("Renault Flins Logistik", "Endesa")


def test_a_group_does_not_partner_its_own_unit():
    from tierscope.relations.known_roles import related_partners
    assert related_partners("partners_with", "PowerCo", "Volkswagen")
    assert related_partners("joint_venture", "Volkswagen", "Audi")
    assert not related_partners("partners_with", "PowerCo", "Gotion")
    assert not related_partners("supplies", "PowerCo", "Volkswagen")


def test_a_partnership_with_the_parent_is_not_read():
    got = _rels("PowerCo und Volkswagen arbeiten bei der Einheitszelle eng zusammen.", ["PowerCo", "Volkswagen"], "de")
    assert not [r for r in got if r[0] in ("partners_with", "joint_venture")]


# --- a unit and its gazetteer parent named in one sentence: the ownership, with that sentence -------------

def _doc_rels(text, names, lang="en"):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return [(r.type, r.source, r.target, r.status, r.evidence.text) for r in doc.relations]


def test_a_unit_named_beside_its_parent_is_owned_with_the_sentence_as_evidence():
    text = "Shares of ZF and Wabco moved little. The trucks business of Wabco and ZF grew by 4%."
    got = [r for r in _doc_rels(text, ["ZF", "Wabco"]) if r[0] == "owns"]
    assert got == [("owns", "ZF", "Wabco", "active", "Shares of ZF and Wabco moved little.")]


def test_a_unit_and_its_parent_in_different_sentences_only_give_nothing():
    text = "Wabco reported higher sales. ZF said its margins would improve."
    assert not [r for r in _doc_rels(text, ["ZF", "Wabco"]) if r[0] == "owns"]


def test_a_carmakers_marques_beside_it_are_no_units():
    text = "Stellantis, Peugeot and Opel gained on the stock market on Monday."
    assert not [r for r in _doc_rels(text, ["Stellantis", "Peugeot", "Opel"]) if r[0] == "owns"]


def test_another_buyer_of_the_unit_leaves_the_parent_out():
    text = "Knorr-Bremse agreed to buy Wabco for 7 billion dollars. Shares of ZF and Wabco fell on Monday."
    got = [r[:3] for r in _doc_rels(text, ["ZF", "Wabco", "Knorr-Bremse"])]
    assert ("acquires", "Knorr-Bremse", "Wabco") in got
    assert ("owns", "ZF", "Wabco") not in got


def test_a_supply_deal_of_a_cell_maker_with_a_carmaker_that_makes_cells_runs_to_the_carmaker():
    doc = RelationExtractor()(make_doc("Panasonic's supply agreement with Tesla was extended to 2030.", ["Panasonic", "Tesla"],
                                       language="en", sectors={"Panasonic": ["battery_cells", "electronics"],
                                                               "Tesla": ["carmaker", "battery_cells"]}))
    assert [(r.type, r.source, r.target) for r in doc.relations] == [("supplies", "Panasonic", "Tesla")]


def test_an_undirected_deal_of_two_makers_of_one_kind_stays_undirected():
    doc = RelationExtractor()(make_doc("Panasonic's supply agreement with Samsung SDI was extended.", ["Panasonic", "Samsung SDI"],
                                       language="en", sectors={"Panasonic": ["battery_cells"], "Samsung SDI": ["battery_cells"]}))
    assert not [r for r in doc.relations if r.type == "supplies"]


@pytest.mark.parametrize("a, b", [("Omoda", "Jaecoo"), ("PowerCo", "Scout Motors"), ("Kia", "Hyundai Mobis")])
def test_two_units_of_one_parent_are_no_partners(a, b):
    # sisters under one gazetteer parent: their group does not partner itself
    assert related_partners("joint_venture", a, b) and related_partners("partners_with", b, a)
    assert not related_partners("supplies", a, b)  # a supply inside a group is labelled


def test_units_of_different_parents_may_partner():
    assert not related_partners("partners_with", "PowerCo", "Hyundai Mobis")
