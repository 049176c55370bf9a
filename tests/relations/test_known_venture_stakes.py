"""A founder's share of a joint company the venture list knows is no ``owns`` / ``invests_in`` where
the page calls the company a joint venture (relations/known_venture_stakes.py): the guidelines give
the founders a ``joint_venture`` and do not label their shares again. Sentences and companies made up
for these tests; the venture list is replaced by one of invented ventures."""

from __future__ import annotations

import pytest

from tierscope.relations import known_venture_stakes, known_ventures

from .helpers import rels, triples

_VENTURES = {"Lumen Cells": (("Vostrand",), ("Korvan", "Korvan Energy"), ("Maltrix",))}
_C = ["Vostrand", "Korvan Energy", "Korvan", "Maltrix", "Lumen Cells", "Petra Cells", "Ostero"]
_OWNERSHIP = ("owns", "invests_in", "acquires")


@pytest.fixture(autouse=True)
def _invented_ventures(monkeypatch):
    monkeypatch.setattr(known_venture_stakes, "known_ventures", lambda: _VENTURES)
    monkeypatch.setattr(known_ventures, "known_ventures", lambda: _VENTURES)


def _ownership(text, language, **kw):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language, **kw)) if t in _OWNERSHIP}


@pytest.mark.parametrize("text,language,holder", [
    # the venture word in a later sentence, or too far from the name for venture_stakes
    ("Korvan holds 51% of Lumen Cells. Lumen Cells, the lithium hydroxide joint venture, employs 900 people.", "en",
     "Korvan"),
    ("Korvan Energy holds 40% of Lumen Cells. Since 2021 Lumen Cells has been run as a joint venture.", "en",
     "Korvan Energy"),
    ("Korvan détient 51 % de Lumen Cells. La coentreprise emploie 900 personnes.", "fr", "Korvan"),
    ("Korvan hält 51 Prozent an Lumen Cells. Lumen Cells ist seit 2021 ein Gemeinschaftsunternehmen mit Maltrix.", "de",
     "Korvan"),
    ("Vostrand detiene un terzo di Lumen Cells. Lumen Cells è nata nel 2020 come joint venture a Torino.", "it",
     "Vostrand"),
    ("Vostrand posee un tercio de Lumen Cells. Lumen Cells opera desde 2020 como empresa conjunta en Valencia.", "es",
     "Vostrand"),
])
def test_a_founders_share_of_a_listed_venture_is_no_stake(text, language, holder):
    coref = {"La coentreprise": "Lumen Cells"} if language == "fr" else None
    got = _ownership(text, language, coref=coref)
    assert not {r for r in got if r[1] == holder and r[2] == "Lumen Cells"}, got


@pytest.mark.parametrize("text,language,expected", [
    # a holder that founded nothing keeps its stake
    ("Ostero holds 10% of Lumen Cells. Lumen Cells, the lithium hydroxide joint venture, employs 900 people.", "en",
     ("invests_in", "Ostero", "Lumen Cells")),
    # a company the list does not hold
    ("Vostrand holds a third of Petra Cells. Petra Cells, the lithium hydroxide joint venture, employs 900 people.",
     "en", ("invests_in", "Vostrand", "Petra Cells")),
    # the page never calls it a joint venture: the founders' stakes are the news
    ("Vostrand holds a third of Lumen Cells alongside Korvan and Maltrix.", "en", ("invests_in", "Vostrand", "Lumen Cells")),
    # the venture changed hands: one founder holds it all now
    ("Korvan holds 51% of Lumen Cells, the lithium hydroxide joint venture. Korvan bought out Maltrix's half in 2024 "
     "and now owns Lumen Cells outright.", "en", ("owns", "Korvan", "Lumen Cells")),
])
def test_other_stakes_stay(text, language, expected):
    assert expected in _ownership(text, language)
