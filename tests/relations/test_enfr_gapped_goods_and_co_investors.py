"""Round 5: more goods for another customer after "ainsi que" ("livre des sièges à X, ainsi que des
panneaux à Y"), and co-investors named after the lead investor's own relative clause or after a
nationality ("with participation from Dutch pension investor Y"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero", "Vostra"]


def _pairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence", [
    "Korvan livre des sièges à Maltrix, ainsi que des panneaux de porte à Ostero.",
    "Korvan livre depuis des années des boucliers à Maltrix pour les usines de Sochaux et de Mulhouse, "
    "ainsi que des pièces de soubassement à Ostero.",
])
def test_ainsi_que_goods_to_another_customer(sentence):
    got = _pairs(sentence, "fr")
    assert {("supplies", "Korvan", "Maltrix"), ("supplies", "Korvan", "Ostero")} <= got


def test_ainsi_que_a_clause_of_saying_is_no_customer():
    got = _pairs("Korvan livre des sièges à Maltrix, ainsi que le confirme Ostero.", "fr")
    assert ("supplies", "Korvan", "Ostero") not in got


@pytest.mark.parametrize("sentence", [
    "Vostra raised $100m in a round led by Korvan, which was already Vostra's largest outside shareholder, "
    "with participation from Maltrix and Ostero.",
    "Vostra raised $100m in a round led by Korvan, with participation from Dutch pension investor Maltrix and Ostero.",
])
def test_co_investors_after_the_lead(sentence):
    got = _pairs(sentence, "en")
    assert {("invests_in", "Korvan", "Vostra"), ("invests_in", "Maltrix", "Vostra"), ("invests_in", "Ostero", "Vostra")} <= got


def test_a_name_inside_the_leads_relative_is_no_co_investor():
    got = _pairs("Vostra raised $100m in a round led by Korvan, which also backs Ostero, and signed a deal with Maltrix.", "en")
    assert ("invests_in", "Ostero", "Vostra") not in got
    assert ("invests_in", "Maltrix", "Vostra") not in got
