"""A joint venture named with a contact relative ("the joint venture A and B set up in 2023") and part
owners ("partly owned by", "détenue en partie par") read as minority investors (round 5). Sentences
written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _pairs(sentence, language="en"):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence", [
    "The plant belongs to Ostero, the joint venture Korvan and Maltrix set up in 2023.",
    "Ostero, the venture that Korvan and Maltrix formed in 2021, makes cells.",
    "The JV Korvan and Maltrix run in Georgia makes battery modules.",
    "Output goes to the joint venture which Korvan & Maltrix established last year.",
])
def test_joint_venture_with_a_contact_relative(sentence):
    assert ("joint_venture", "Korvan", "Maltrix") in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    # the partner follows "with": the relative's subject is the venture, not a second parent
    "Korvan formed a joint venture with Maltrix that set up a plant in Ohio.",
    "Korvan and Maltrix set up a joint venture in 2023.",
])
def test_other_venture_shapes_unchanged(sentence):
    got = _pairs(sentence)
    assert ("joint_venture", "Korvan", "Maltrix") in got
    assert not any("Ostero" in (s, d) for _t, s, d in got)


@pytest.mark.parametrize("sentence,language", [
    ("Korvan works with Maltrix, the Chinese cell maker partly owned by Ostero.", "en"),
    ("Maltrix, which is partially owned by Ostero, makes cells.", "en"),
    ("Maltrix, a minority-owned affiliate of nobody else, is part-owned by Ostero.", "en"),
    ("Maltrix, détenue en partie par Ostero, fabrique des cellules.", "fr"),
    ("Maltrix, partiellement détenue par Ostero, fabrique des cellules.", "fr"),
])
def test_part_owner_is_an_investor(sentence, language):
    got = _pairs(sentence, language)
    assert ("invests_in", "Ostero", "Maltrix") in got
    assert ("owns", "Ostero", "Maltrix") not in got


@pytest.mark.parametrize("sentence,language", [
    ("Maltrix is owned by Ostero.", "en"),
    ("Maltrix, wholly owned by Ostero, makes cells.", "en"),
    ("Maltrix, détenue par Ostero, fabrique des cellules.", "fr"),
])
def test_plain_owner_still_owns(sentence, language):
    assert ("owns", "Ostero", "Maltrix") in _pairs(sentence, language)
