"""A maker's verb inside a relative clause takes no customer past the comma that closes the clause:
the name there belongs to the main verb (a sale, a handover), not to "makes" (relations/closed_relatives.py,
used by frames/supply.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Brakon agreed to hand its unit Selvio, which assembles battery packs for scooters, over to the buyer Quarda.", "en"),
    ("Brakon a accepté de céder sa filiale Selvio, qui assemble des packs de batteries pour scooters, au japonais Quarda.", "fr"),
    ("Brakon hat seine Tochter Selvio, die Batteriepacks für Roller herstellt, an den Konkurrenten Quarda abgegeben.", "de"),
    ("Brakon ha ceduto la controllata Selvio, che produce pacchi batteria per scooter, al gruppo giapponese Quarda.", "it"),
    ("Selvio, la società di Torino che produce pacchi batteria per scooter, passerà a Quarda per 300 milioni di euro.", "it"),
    ("Brakon ha acordado traspasar su filial Selvio, que fabrica paquetes de baterías para motos, al japonés Quarda.", "es"),
])
def test_no_supply_to_a_name_past_the_relative_clause(text, language):
    assert ("Selvio", "Quarda") not in _supplies(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text, language", [
    ("Selvio, which assembles battery packs for Quarda, expects higher sales this year.", "en"),
    ("Selvio, qui assemble des packs de batteries pour Quarda, prévoit une hausse de ses ventes.", "fr"),
    ("Selvio, che produce pacchi batteria per Quarda, prevede vendite in crescita quest'anno.", "it"),
    ("Selvio, que fabrica paquetes de baterías para Quarda, prevé vender más este año.", "es"),
])
def test_a_customer_inside_the_relative_clause_stays(text, language):
    assert ("Selvio", "Quarda") in _supplies(rels(text, NAMES, language=language))


def test_a_main_clause_maker_keeps_its_customer_past_a_comma():
    # no relative clause: the comma only sets off where the cells are made
    text = "Selvio makes battery packs in its Polish plant, for Quarda and other scooter makers."
    assert ("Selvio", "Quarda") in _supplies(rels(text, NAMES))
