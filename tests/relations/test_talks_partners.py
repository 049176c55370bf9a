"""The company a buyer talks with about a stake in a third is not the company it buys into
(relations/talks_partners.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda", "Norvik"]


def _deals(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type in ("invests_in", "acquires")}


@pytest.mark.parametrize("text, language", [
    ("Brakon confirmed it is in talks with Quarda to take a minority stake in Norvik.", "en"),
    ("Brakon ha confermato di essere in trattativa con Quarda per entrare nel capitale di Norvik con una quota di minoranza.", "it"),
    ("Brakon a confirmé être en discussions avec Quarda en vue d'une prise de participation minoritaire dans Norvik.", "fr"),
    ("Brakon confirmó que negocia con Quarda la compra de una participación minoritaria en Norvik.", "es"),
    ("Brakon bestätigte Gespräche mit Quarda über den Einstieg bei Norvik mit einer Minderheitsbeteiligung.", "de"),
])
def test_the_stake_is_in_the_company_named_behind_the_stake_noun(text, language):
    got = _deals(text, language)
    assert ("Brakon", "Norvik") in got
    assert ("Brakon", "Quarda") not in got


@pytest.mark.parametrize("text, language", [
    ("Brakon confirmed it is in talks with Quarda about a minority stake in the company.", "en"),
    ("Brakon ha confermato di essere in trattativa con Quarda per entrare nel suo capitale con una quota di minoranza.", "it"),
    ("Brakon führt Gespräche mit Quarda über eine Minderheitsbeteiligung.", "de"),
])
def test_a_stake_in_the_talks_partner_itself_stays(text, language):
    assert ("Brakon", "Quarda") in _deals(text, language)


def test_two_partners_of_the_talks_keep_their_stakes():
    got = _deals("Brakon is in talks with Quarda and Norvik to buy minority stakes in both companies.", "en")
    assert {("Brakon", "Quarda"), ("Brakon", "Norvik")} <= got
