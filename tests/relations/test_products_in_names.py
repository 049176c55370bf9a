"""A product word inside a company's name is no goods: "Steel" in "Norvik Steel Europe" does not turn
"X plans to sell Norvik Steel Europe" (a business sold) into a supply, nor become a relation's product.
Invented names."""

from __future__ import annotations

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names, lang="en"):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return [(r.type, r.source, r.target, r.product) for r in doc.relations]


def test_selling_a_company_named_after_its_goods_is_no_supply():
    text = "Corvalis plans to sell Norvik Steel Europe, the company said on Monday in a statement."
    assert [r for r in _rels(text, ["Corvalis", "Norvik Steel Europe"]) if r[0] == "supplies"] == []


def test_goods_outside_the_names_still_make_the_supply_and_its_product():
    text = "Corvalis sells battery cells to Norvik Steel Europe under a contract signed on Monday."
    assert _rels(text, ["Corvalis", "Norvik Steel Europe"]) == [
        ("supplies", "Corvalis", "Norvik Steel Europe", "battery cells")]


def test_selling_goods_named_outside_any_name_still_supplies():
    text = "Norvik Steel Europe sells flat steel to Corvalis under a contract signed on Monday."
    got = _rels(text, ["Corvalis", "Norvik Steel Europe"])
    assert [r[:3] for r in got] == [("supplies", "Norvik Steel Europe", "Corvalis")]


# The plant stage reads the same way: a product word inside a name is no product of the plant.

def test_a_plant_of_a_company_named_after_its_goods_makes_no_such_goods():
    from .helpers import facs
    fs = facs("Norvik Steel Europe is building a new plant in Duisburg.", ["Norvik Steel Europe"], places=["Duisburg"])
    assert [(f.owner, f.location, f.product) for f in fs] == [("Norvik Steel Europe", "Duisburg", None)]


def test_a_plants_goods_named_outside_the_name_are_still_its_product():
    from .helpers import facs
    fs = facs("Norvik Steel Europe is building a plant in Duisburg that will roll steel for carmakers.",
              ["Norvik Steel Europe"], places=["Duisburg"])
    assert [(f.owner, f.product) for f in fs] == [("Norvik Steel Europe", "steel")]


def test_it_a_plant_of_a_company_named_after_its_goods():
    from .helpers import facs
    fs = facs("Norvik Batterie costruirà un nuovo stabilimento a Terni.", ["Norvik Batterie"], "it", places=["Terni"])
    assert [(f.owner, f.location, f.product) for f in fs] == [("Norvik Batterie", "Terni", None)]
