"""A venture named before "a joint venture between A and B" is not a joint-venture partner of A or B;
the pair of parents is the venture's (relations/venture_parents.py, parents_not_third_parties)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _ventures(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "joint_venture")


@pytest.mark.parametrize("text, language", [
    ("Dravo is once more what it was when founded: an equal joint venture between Kelmar and Ostrel.", "en"),
    ("Dravo redevient ainsi une coentreprise à parts égales entre Kelmar et Ostrel, comme à ses débuts.", "fr"),
    ("Dravo wird damit wieder zu einem Gemeinschaftsunternehmen zu gleichen Teilen zwischen Kelmar und Ostrel.", "de"),
    ("Dravo vuelve a ser lo que era en su origen: una empresa conjunta al 50 % entre Kelmar y Ostrel.", "es"),
    ("Dravo torna così a essere quello che era all'inizio: una joint venture paritetica tra Kelmar e Ostrel.", "it"),
])
def test_the_venture_named_first_is_no_parent(text, language):
    got = rels(text, ["Dravo", "Kelmar", "Ostrel"], language=language)
    assert _ventures(got) == [("Kelmar", "Ostrel")]


@pytest.mark.parametrize("text, language", [
    ("Dravo is the joint venture set up in 2021 by Kelmar and Ostrel, joined a year later by Brennic.", "en"),
    ("Dravo est la coentreprise créée en 2021 par Kelmar et Ostrel, rejointe un an plus tard par Brennic.", "fr"),
])
def test_a_parent_that_joined_later_stays(text, language):
    # a company named after the list of founders may have joined them: its ties are left as read
    got = rels(text, ["Dravo", "Kelmar", "Ostrel", "Brennic"], language=language)
    assert ("Kelmar", "Ostrel") in _ventures(got)
    assert [p for p in _ventures(got) if "Dravo" in p] == []


def test_with_names_one_partner_only():
    # "X's joint venture with Y and Z": X is a parent though named outside the list after "with"
    got = rels("Kelmar runs Dravo, its joint venture with Ostrel and Brennic, in Ohio.",
               ["Dravo", "Kelmar", "Ostrel", "Brennic"], language="en")
    assert ("Kelmar", "Ostrel") in _ventures(got)
