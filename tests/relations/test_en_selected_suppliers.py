"""English "has been chosen / picked / selected to supply" and "has been adding ... to its order book" tell a
new award, orders whose deliveries come later: announced, not the running tie "has been" tells before a
verb of supplying ("has been supplying Y since 2021"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel", "Valmera", "Norvik"]


def _statuses(text):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language="en")}


@pytest.mark.parametrize("text", [
    "Brixo has been chosen to supply heat pump modules for Kestrel's next generation of compact cars, the company confirmed.",
    "Brixo has been picked to supply seat frames for an upcoming range of Kestrel vans, a spokeswoman said.",
])
def test_a_supplier_chosen_is_announced(text):
    assert _statuses(text)[("supplies", "Brixo", "Kestrel")] == "announced"


def test_customers_added_to_the_order_book_are_announced():
    got = _statuses("Brixo sells most of its motors to Kestrel, but the group has been adding carmakers such as "
                    "Valmera and Norvik to its order book lately.")
    assert got[("supplies", "Brixo", "Valmera")] == "announced"
    assert got[("supplies", "Brixo", "Norvik")] == "announced"


def test_a_supply_that_has_been_running_is_active():
    assert _statuses("Brixo has been supplying inverters to Kestrel since 2021.")[("supplies", "Brixo", "Kestrel")] == "active"
