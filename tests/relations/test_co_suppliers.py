"""Two suppliers of one customer are not, on that ground, each other's supplier and customer
(relations/co_suppliers.py)."""

from __future__ import annotations

from tierscope.doc import Evidence, Relation
from tierscope.relations.co_suppliers import drop_co_suppliers


def _sup(source, target):
    return Relation(type="supplies", source=source, target=target, status="active", evidence=Evidence(text="", start=0, end=0))


def test_a_supply_between_two_suppliers_of_one_customer_is_dropped():
    a, b, between = _sup("Korvan", "Ampere"), _sup("Maltrix", "Ampere"), _sup("Maltrix", "Korvan")
    assert drop_co_suppliers([a, b, between]) == [a, b]


def test_a_supply_without_a_shared_customer_stays():
    a, b, between = _sup("Korvan", "Ampere"), _sup("Maltrix", "Brixo"), _sup("Maltrix", "Korvan")
    assert drop_co_suppliers([a, b, between]) == [a, b, between]


def test_a_seller_up_the_chain_keeps_its_supply():
    # a lithium miner sells to a cell maker, and both supply the carmaker: the chain tells it (gazetteer sectors)
    a, b, between = _sup("Albemarle", "BMW"), _sup("CATL", "BMW"), _sup("Albemarle", "CATL")
    assert drop_co_suppliers([a, b, between]) == [a, b, between]


def test_other_types_are_left_alone():
    a, b = _sup("Korvan", "Ampere"), _sup("Maltrix", "Ampere")
    jv = _sup("Maltrix", "Korvan")
    jv.type = "partners_with"
    assert drop_co_suppliers([a, b, jv]) == [a, b, jv]
