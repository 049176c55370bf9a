"""Buying a company's output is a supply, not a purchase of the company (relations/bought_output.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda", "Norvik"]


def _ties(text, language):
    return {(r.type, r.source, r.target) for r in rels(text, NAMES, language=language)}


@pytest.mark.parametrize("text, language", [
    ("Brakon will buy all of Quarda's lithium production from 2027.", "en"),
    ("Brakon has agreed to purchase most of Quarda's planned output.", "en"),
    ("Brakon agreed to acquire 60% of Quarda's output.", "en"),
    ("Brakon achètera 60 % de la production de Quarda.", "fr"),
    ("Brakon rachètera l'essentiel de la production initiale de Quarda.", "fr"),
    ("Brakon acquisirà il 60% della produzione di Quarda.", "it"),
    ("Brakon rileverà il 60% della produzione di Quarda a partire dal 2027.", "it"),
    ("Brakon comprará el 60% de la producción de Quarda.", "es"),
    ("Brakon adquirirá el 60% de la producción de Quarda desde 2027.", "es"),
    ("Brakon kauft 60 Prozent der Produktion von Quarda.", "de"),
    ("Brakon wird 60 Prozent der Produktion von Quarda kaufen.", "de"),
])
def test_the_owner_of_the_output_bought_supplies_the_buyer(text, language):
    got = _ties(text, language)
    assert ("supplies", "Quarda", "Brakon") in got
    assert not {t for t in got if t[0] in ("acquires", "invests_in", "owns")}


@pytest.mark.parametrize("text, language", [
    ("Brakon agreed to acquire 60% of Quarda for $2bn.", "en"),
    ("Brakon bought Quarda, whose output has doubled since 2020.", "en"),
    ("Brakon acquired Quarda in 2021 and doubled the output of Quarda since.", "en"),
])
def test_a_company_bought_stays_bought(text, language):
    assert ("acquires", "Brakon", "Quarda") in _ties(text, language)


@pytest.mark.parametrize("text, language", [
    ("Brakon übernimmt den Großteil der Produktion von Quarda.", "de"),
    ("Brakon took over most of Quarda's production last year.", "en"),
])
def test_production_taken_over_is_neither_bought_nor_supplied(text, language):
    assert not {t for t in _ties(text, language) if t[0] in ("acquires", "invests_in", "supplies")}


def test_a_name_before_its_own_verb_owns_no_output():
    # "Quarda raised output": Quarda's verb; the stake in Quarda stays a stake
    got = _ties("Brakon-backed Quarda raised output at its Texas site.", "en")
    assert ("invests_in", "Brakon", "Quarda") in got


def test_a_unit_that_makes_the_output_is_no_output():
    got = _ties("Brakon bought Quarda's production unit Norvik.", "en")
    assert ("supplies", "Quarda", "Brakon") not in got
