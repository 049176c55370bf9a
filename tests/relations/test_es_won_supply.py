"""Spanish: a maker that wins the supply itself ("se ha adjudicado el suministro de frenos de Y", "ganó la
fabricación de los asientos de Y") supplies Y, as one that wins Y's order or contract does; the customer
is the company after the goods, not a supplier ("el suministro de frenos de Y" alone would read Y as the one
that supplies). Receiving a supply is the customer's ("recibe el suministro de ... de Y"). Invented
companies, sentences written for the test."""

from __future__ import annotations

import pytest


def supplies(doc):
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text, supplier, customer", [
    ("Garrido Componentes se ha adjudicado el suministro de frenos de Montejo Motores.",
     "Garrido Componentes", "Montejo Motores"),
    ("Garrido Componentes ganó la fabricación de los asientos del nuevo modelo de Montejo Motores.",
     "Garrido Componentes", "Montejo Motores"),
    ("Ondarra Electrónica se adjudicará el montaje de las baterías de Llanes Automoción.",
     "Ondarra Electrónica", "Llanes Automoción"),
])
def test_the_winner_of_a_supply_supplies_the_customer_named_after_it(text, supplier, customer, read_page):
    got = supplies(read_page(text, "es"))
    assert (supplier, customer) in got
    assert (customer, supplier) not in got


def test_receiving_a_supply_stays_the_customers(read_page):
    got = supplies(read_page("Llanes Automoción recibe el suministro de frenos de Garrido Componentes.", "es"))
    assert got == {("Garrido Componentes", "Llanes Automoción")}
