"""German names an owner glued to the unit noun of a predicate: "Brixo ist eine hundertprozentige
Vostra-Tochter" (frames/deals.py ``_PREDICATE_BEFORE``; the extractor keeps the glued name as a party,
``PREDICATE_LEAD``). Sentences and companies made up for these tests."""

from __future__ import annotations

import pytest

from tierscope.relations.frames.deals import PREDICATE_LEAD

from .helpers import rels, triples

_C = ["Brixo Laden", "Vostra", "Maltrix"]


def _owns(text):
    return {(s, d, st) for t, s, d, st, _p in triples(rels(text, _C, language="de")) if t == "owns"}


@pytest.mark.parametrize("text", [
    "Brixo Laden ist eine hundertprozentige Vostra-Tochter und baut Ladesäulen für Parkhäuser.",
    "Brixo Laden ist seit 2019 eine Vostra-Tochter.",
    "Brixo Laden ist inzwischen eine Vostra-Tochter, die Wallboxen an Maltrix liefert.",
    "Brixo Laden wurde 2021 eine Vostra-Tochter.",
])
def test_a_predicate_compound_names_the_owner(text):
    got = _owns(text)
    assert ("Vostra", "Brixo Laden", "active") in got
    assert not {r for r in got if r[0] == "Brixo Laden"}, got


@pytest.mark.parametrize("text", [
    "Brixo Laden ist keine Vostra-Tochter mehr.",  # a negation
    "Brixo Laden war bis 2020 eine Vostra-Tochter.",  # a former tie, not read here
    "Brixo Laden ist ein wichtiger Vostra-Zulieferer.",  # another noun
])
def test_other_predicates(text):
    assert not _owns(text)


@pytest.mark.parametrize("text,expected", [
    ("Brixo ist seit 2019 eine hundertprozentige ", True),
    ("Brixo ist eine ", True),
    ("Brixo war bis 2020 eine ", False),
    ("Brixo ist keine ", False),
])
def test_predicate_lead(text, expected):
    assert (PREDICATE_LEAD.search(text) is not None) is expected
