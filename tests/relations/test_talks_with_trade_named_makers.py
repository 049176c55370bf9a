"""Talks about a supply between a carmaker or a cell maker and a maker the gazetteer lacks, named by its
trade in Italian or Spanish ("Valdora Baterías", "Ascoli Materiali"): the name's trade word gives it a
place in the chain (entities/vocab.name_sectors), so the talks' direction is read (relations/talks_goods.py).
Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest

from tierscope.entities.vocab import name_sectors


@pytest.mark.parametrize("name, sector", [
    ("Valdora Baterías", "battery_cells"),
    ("Cieza Materiales", "battery_materials"),
    ("Ascoli Materiali", "battery_materials"),
    ("Sierra Alta Cátodos", "battery_materials"),
    ("Brenta Catodi", "battery_materials"),
])
def test_a_trade_word_in_the_name_states_the_sector(name, sector):
    assert sector in name_sectors(name)


@pytest.mark.parametrize("lang, text, supplier, customer", [
    ("es", "Tessari Motors negocia con Valdora Baterías el suministro de celdas para sus furgonetas.",
     "Valdora Baterías", "Tessari Motors"),
    ("es", "Valdora Baterías negocia con Cieza Materiales el suministro de cátodos.", "Cieza Materiales", "Valdora Baterías"),
    ("it", "Bisceglia Batterie tratta con Ascoli Materiali per la fornitura di catodi.", "Ascoli Materiali", "Bisceglia Batterie"),
])
def test_talks_about_a_supply_take_the_direction_of_the_chain(lang, text, supplier, customer, read_page):
    doc = read_page(text, lang)
    assert {(r.type, r.source, r.target, r.status) for r in doc.relations} == {("supplies", supplier, customer, "in_talks")}
