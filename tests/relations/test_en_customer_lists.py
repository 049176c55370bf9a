"""Customers listed after the goods' verb of going ("goes to carmakers including A, B and C", "goes to a list
of buyers such as A and B") are each supplied by the goods' owner, and a supplier noun before the instances
("buys cells from suppliers such as A and B") hands its preposition on to them. Invented companies."""

from __future__ import annotations

import pytest

from .helpers import make_doc, rels
from tierscope.relations import RelationExtractor

NAMES = ["Brixo", "Kestrel", "Valmera", "Norvik"]


def _supplies(text, **kw):
    return {(r.source, r.target): r.status for r in rels(text, NAMES, **kw) if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Brixo's hydroxide goes to Kestrel, Valmera and Norvik.",
    "Brixo's hydroxide goes to carmakers including Kestrel, Valmera and Norvik.",
    "Brixo's refined cobalt goes to a long list of cell makers such as Kestrel, Valmera, and Norvik.",
])
def test_every_listed_customer_is_supplied(text):
    got = _supplies(text)
    assert {k for k in got if k[0] == "Brixo"} == {("Brixo", "Kestrel"), ("Brixo", "Valmera"), ("Brixo", "Norvik")}
    assert set(got.values()) == {"active"}


def test_a_description_owning_the_goods_is_read():
    doc = make_doc("The company's lithium hydroxide goes to several carmakers including Kestrel and Valmera, "
                   "each under a five-year contract.", ["Kestrel", "Valmera"], coref={"The company": "Brixo"})
    got = {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}
    assert got == {("Brixo", "Kestrel"), ("Brixo", "Valmera")}


def test_a_product_word_in_the_owners_name_is_not_the_goods():
    got = {(r.source, r.target) for r in rels("Dunlo Lithium's hydroxide goes to carmakers including Kestrel and Valmera.",
                                             ["Dunlo Lithium", "Kestrel", "Valmera"]) if r.type == "supplies"}
    assert got == {("Dunlo Lithium", "Kestrel"), ("Dunlo Lithium", "Valmera")}


@pytest.mark.parametrize("text, customers", [
    ("Most of Brixo's output goes to Kestrel and Valmera, and Norvik buys the rest.", {"Kestrel", "Valmera"}),
    ("Brixo's cells go to Kestrel, Valmera said.", {"Kestrel"}),
])
def test_a_list_ends_where_a_clause_of_its_own_begins(text, customers):
    assert {t for (s, t) in _supplies(text) if s == "Brixo"} == customers


def test_a_present_of_going_runs_and_a_future_is_to_come():
    assert _supplies("Brixo's lithium hydroxide goes to Kestrel.")[("Brixo", "Kestrel")] == "active"
    assert _supplies("Most of Brixo's output will go to Kestrel.")[("Brixo", "Kestrel")] == "announced"


@pytest.mark.parametrize("text", [
    "Brixo buys cells from suppliers such as Kestrel and Valmera.",
    "Brixo buys cells from suppliers including Kestrel and Valmera.",
    "Brixo sources cells from several suppliers, including Kestrel and Valmera.",
])
def test_a_supplier_noun_hands_its_preposition_to_its_instances(text):
    got = _supplies(text)
    assert ("Kestrel", "Brixo") in got and ("Valmera", "Brixo") in got
