"""Statuses in English and Spanish news, on made-up companies: a concession after the trigger
("aunque ha negado ...", "although ...") speaks of another matter; "dieron por terminada su empresa
conjunta", "the dissolution of", stakes "written off" are ends."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language, **kw):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language, **kw))]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Korvan mantiene conversaciones con Maltrix sobre una alianza, aunque ha negado que contemple comprar Delvo.",
     "es", ("partners_with", "Korvan", "Maltrix", "in_talks")),
    ("Korvan suministra celdas a Maltrix, si bien ha desmentido que vaya a abrir una planta.",
     "es", ("supplies", "Korvan", "Maltrix", "active")),
    ("Korvan ha negado que vaya a comprar Maltrix, aunque mantiene conversaciones con Delvo.",
     "es", ("acquires", "Korvan", "Maltrix", "denied")),
    ("Korvan supplies cells to Maltrix, although its chief executive denied plans for a new plant.",
     "en", ("supplies", "Korvan", "Maltrix", "active")),
])
def test_a_concession_speaks_of_another_matter(sentence, language, expected):
    assert expected in _found(sentence, language)


def test_a_concession_that_points_back_to_the_deal_still_counts():
    assert ("supplies", "Korvan", "Maltrix", "ended") in _found(
        "Korvan suministraba celdas a Maltrix, aunque el contrato expiró en 2022.", "es")


@pytest.mark.parametrize("sentence, language, expected", [
    ("Korvan y Maltrix dieron por terminada en 2024 su empresa conjunta, con la que pretendían construir una refinería.",
     "es", ("joint_venture", "Korvan", "Maltrix", "ended")),
    ("Korvan y Maltrix han dado por finalizada su alianza.", "es", ("partners_with", "Korvan", "Maltrix", "ended")),
    ("Korvan and Maltrix have completed the dissolution of Delvo, the battery joint venture they set up in 2021.",
     "en", ("joint_venture", "Korvan", "Maltrix", "ended")),
    ("Korvan, which invested $50 million in Maltrix in 2022, said its stake had been written off.",
     "en", ("invests_in", "Korvan", "Maltrix", "ended")),
    ("Korvan has written off its investment in Maltrix.", "en", ("invests_in", "Korvan", "Maltrix", "ended")),
])
def test_ends(sentence, language, expected):
    assert expected in _found(sentence, language)


@pytest.mark.parametrize("sentence, status", [
    ('Korvan said a few days later that it "has not made and does not intend to make" any bid for Maltrix.', "denied"),
    ("Korvan has not made an offer for Maltrix, a spokesman said.", "denied"),
    ("Korvan denied it would make any bid for Maltrix.", "denied"),
    ("Korvan has never made a profit, but it made a bid for Maltrix.", "announced"),
])
def test_any_bid_for_is_a_takeover_bid_and_not_made_denies_it(sentence, status):
    found = _found(sentence, "en")
    assert ("acquires", "Korvan", "Maltrix", status) in found
    assert not any(t == "supplies" for t, *_ in found)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan is pressing ahead with the vans it is co-developing with Maltrix under the cooperation agreement the two signed in 2024.", "en"),
    ("Korvan signed its own development agreement with Maltrix in 2024 and plans to test the technology this year.", "en"),
    ("Korvan desarrolla con Maltrix el software bajo el acuerdo de colaboración que ambas firmaron en 2023.", "es"),
])
def test_a_cooperation_signed_in_a_past_year_runs(sentence, language):
    assert ("partners_with", "Korvan", "Maltrix", "active") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan signed a development agreement with Maltrix.", "en"),
    ("Korvan firmó un acuerdo de colaboración con Maltrix.", "es"),
])
def test_a_cooperation_just_signed_is_news(sentence, language):
    assert ("partners_with", "Korvan", "Maltrix", "announced") in _found(sentence, language)


@pytest.mark.parametrize("sentence", [
    "The merger comes three months after Korvan and Maltrix agreed to wind up Delvo, their US battery joint venture.",
    "Korvan and Maltrix will wind up their joint venture.",
])
def test_winding_up_a_venture_ends_it(sentence):
    assert ("joint_venture", "Korvan", "Maltrix", "ended") in _found(sentence, "en")


def test_wound_up_as_ended_up_is_no_end():
    assert ("supplies", "Maltrix", "Korvan", "active") in _found("Korvan wound up buying cells from Maltrix.", "en")
