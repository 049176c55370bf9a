"""A supply that has stopped, told with "no longer" in each language: the tie is read, and ended.

Italian, French and Spanish say "no longer" with their word for "more" after a negation ("non fornisce
più", "ne livre plus", "no suministra más"); before the goods of a customer's vehicles ("per i treni di Y")
that word is no comparison ("vende più auto di Y": Y a rival), so the owner of the vehicles is the
customer. English puts "anymore"/"any longer" after the object of a negated verb, Spanish "ya" after the
verb ("no suministra ya"); French "a arrêté de", English "quit supplying". Companies and sentences invented.
"""

from __future__ import annotations

import pytest

from .helpers import rels


def _ties(text, companies, language):
    return sorted((r.type, r.source, r.target, r.status) for r in rels(text, companies, language))


@pytest.mark.parametrize(
    "language, text, supplier, customer",
    [
        ("it", "Ostrava Freni non fornisce più i dischi per i treni di Lumetra Rail.", "Ostrava Freni", "Lumetra Rail"),
        ("it", "Ostrava Freni non consegna ormai più componenti per gli autobus di Lumetra Rail.", "Ostrava Freni", "Lumetra Rail"),
        ("it", "Ostrava Freni non fornisce più le pinze per le auto di Lumetra Rail.", "Ostrava Freni", "Lumetra Rail"),
        ("fr", "Ostrava Freins a arrêté de livrer des plaquettes à Lumetra Rail.", "Ostrava Freins", "Lumetra Rail"),
        ("es", "Ostrava Frenos no suministra ya pastillas a Lumetra Rail.", "Ostrava Frenos", "Lumetra Rail"),
        ("es", "Ostrava Frenos no le entrega ya discos de freno a Lumetra Rail.", "Ostrava Frenos", "Lumetra Rail"),
        ("en", "Ostrava Brakes does not supply pads to Lumetra Rail anymore.", "Ostrava Brakes", "Lumetra Rail"),
        ("en", "Ostrava Brakes won't deliver calipers to Lumetra Rail any longer.", "Ostrava Brakes", "Lumetra Rail"),
        ("en", "Ostrava Brakes quit supplying pads to Lumetra Rail last spring.", "Ostrava Brakes", "Lumetra Rail"),
    ],
)
def test_a_supply_no_longer_made_is_ended(language, text, supplier, customer):
    assert _ties(text, [supplier, customer], language) == [("supplies", supplier, customer, "ended")]


@pytest.mark.parametrize(
    "language, text, supplier, customer",
    [
        # the same sentences without the end stay running supplies
        ("it", "Ostrava Freni fornisce i dischi per i treni di Lumetra Rail.", "Ostrava Freni", "Lumetra Rail"),
        ("en", "Ostrava Brakes supplies pads to Lumetra Rail.", "Ostrava Brakes", "Lumetra Rail"),
    ],
)
def test_the_same_supply_running_is_active(language, text, supplier, customer):
    assert _ties(text, [supplier, customer], language) == [("supplies", supplier, customer, "active")]


@pytest.mark.parametrize(
    "language, text, companies",
    [
        # a comparison stays one: the company after "than" is a rival, not a customer
        ("it", "Ostrava Freni fornisce più dischi per i treni di Lumetra Rail di Corvane.", ["Ostrava Freni", "Lumetra Rail", "Corvane"]),
        ("it", "Ostrava Freni vende più auto di Corvane.", ["Ostrava Freni", "Corvane"]),
        # "no more than" with a number: a comparison of quantities
        ("it", "Ostrava Freni non vende più di mille auto di Corvane.", ["Ostrava Freni", "Corvane"]),
    ],
)
def test_a_comparison_names_no_customer(language, text, companies):
    assert not [t for t in _ties(text, companies, language) if t[0] == "supplies" and t[2] == "Corvane"]


def test_a_spanish_ya_que_is_no_end():
    # "ya que" is "since": the negation is a denial of its own, not an end
    ties = _ties("Ostrava Frenos no suministra pastillas a Lumetra Rail, ya que no tiene licencia.",
                 ["Ostrava Frenos", "Lumetra Rail"], "es")
    assert all(t[3] != "ended" for t in ties), ties
