"""English role nouns of supply read across the words journalists put around them: a plural's bare
possessive apostrophe ("Marlowe Cars' battery supplier Y", "Y's cells power Marlowe Cars' hatchback"),
a time adverbial between the noun and its copula ("X's largest customer for years was Y", "X's main
supplier since 2019 has been Y"), and a copula that stops a preposition before it from governing the
name after it ("customer for years was Y": "for" governs "years", Y is no customer's customer).
Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Halbrook Materials", "Marlowe Cars", "Quenfield Energy", "Ostby Chemicals", "Dunmere Works"]


def _supplies(text):
    return {(r.source, r.target): r.status for r in rels(text, NAMES, language="en") if r.type == "supplies"}


@pytest.mark.parametrize("text, pair, status", [
    ("Marlowe Cars' battery supplier Quenfield Energy reported a drop in quarterly profit.",
     ("Quenfield Energy", "Marlowe Cars"), "active"),
    ("Halbrook Materials' largest customer was Marlowe Cars.", ("Halbrook Materials", "Marlowe Cars"), "active"),
    ("Halbrook Materials' largest customer for years was Marlowe Cars, but the contract ran out in 2022.",
     ("Halbrook Materials", "Marlowe Cars"), "ended"),
    ("Quenfield Energy's biggest customer in 2024 was Marlowe Cars.", ("Quenfield Energy", "Marlowe Cars"), "active"),
    ("Halbrook Materials' main supplier since 2019 has been Ostby Chemicals.",
     ("Ostby Chemicals", "Halbrook Materials"), "active"),
])
def test_role_noun_read_across_possessive_and_time(text, pair, status):
    got = _supplies(text)
    assert got.get(pair) == status, got


@pytest.mark.parametrize("text, wrong", [
    ("Dunmere Works' largest customer for years was Ostby Chemicals, which stopped ordering in 2023.",
     ("Ostby Chemicals", "Dunmere Works")),
    ("Halbrook Materials' largest customer for years was Marlowe Cars, but the contract ran out in 2022.",
     ("Marlowe Cars", "Halbrook Materials")),
])
def test_customer_named_after_copula_is_not_the_supplier(text, wrong):
    assert wrong not in _supplies(text)
