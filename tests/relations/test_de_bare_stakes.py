"""A German minority stake with the company it is in left out ("Y ...: X hält eine Minderheitsbeteiligung"):
the holder invests in the sentence's first company, where before nothing was read or the bare "hält" was
read as control of the nearest company. Also a relative whose holder is dated by an event ("an dem X seit
einer Finanzierungsrunde im Jahr 2023 eine Minderheitsbeteiligung hält"). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def stakes(sentence, companies):
    return sorted((t[0], t[1], t[2], t[3]) for t in triples(rels(sentence, companies, language="de"))
                  if t[0] in ("invests_in", "owns", "acquires"))


@pytest.mark.parametrize("sentence, companies, expected", [
    ("Einen zweiten Großkunden hat Tarvell schon gewonnen: Omnira hält seit 2022 eine Minderheitsbeteiligung.",
     ["Tarvell", "Omnira"], [("invests_in", "Omnira", "Tarvell", "active")]),
    ("Tarvell wird mehrheitlich von Kessgard kontrolliert; Omnira und der Fonds Lumeo halten Minderheitsbeteiligungen.",
     ["Tarvell", "Kessgard", "Omnira", "Lumeo"],
     [("invests_in", "Lumeo", "Tarvell", "active"), ("invests_in", "Omnira", "Tarvell", "active"),
      ("owns", "Kessgard", "Tarvell", "active")]),
    # the bare "hält" is no control here: before, Omnira was read as owning Kessgard
    ("Tarvell gehört mehrheitlich Kessgard, Omnira hält eine kleine Minderheitsbeteiligung.",
     ["Tarvell", "Kessgard", "Omnira"],
     [("invests_in", "Omnira", "Tarvell", "active"), ("owns", "Kessgard", "Tarvell", "active")]),
    ("Zu den Geldgebern von Tarvell zählt auch Omnira, das eine Minderheitsbeteiligung hält.",
     ["Tarvell", "Omnira"], [("invests_in", "Omnira", "Tarvell", "active")]),
    ("Tarvell, an dem Omnira seit einer Kapitalerhöhung im Jahr 2021 eine Minderheitsbeteiligung hält, plant ein Werk.",
     ["Tarvell", "Omnira"], [("invests_in", "Omnira", "Tarvell", "active")]),
])
def test_a_stake_without_its_company_is_in_the_first_one(sentence, companies, expected):
    assert stakes(sentence, companies) == expected


@pytest.mark.parametrize("sentence, companies", [
    # the holders open the sentence: the company their stake is in is not named here
    ("Omnira und Tarvell halten jeweils eine Minderheitsbeteiligung.", ["Omnira", "Tarvell"]),
    # a relative with two other companies: which one the stake is in is unclear
    ("Kessgard kauft Tarvell von Omnira, das weiterhin eine Minderheitsbeteiligung hält.", ["Kessgard", "Tarvell", "Omnira"]),
])
def test_no_stake_where_its_company_is_unclear(sentence, companies):
    assert not [t for t in stakes(sentence, companies) if t[0] == "invests_in"]
