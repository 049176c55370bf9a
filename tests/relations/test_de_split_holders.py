"""German joint owners named in a verb-last relative each with its share ("Brixo, an dem A 51 und B 49
Prozent hält"): a joint venture of A and B, the stake frame's reversed reading and the parents' own
stakes dropped (relations/split_holders.py). Sentences written for the test (invented companies)."""

from __future__ import annotations

import pytest

from tierscope.relations.split_holders import split_holders

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Ardent Cells"]


def got(text):
    return {(r.type, r.source, r.target) for r in rels(text, CO, language="de")}


def pairs(text):
    return {(r.type, frozenset((r.source, r.target))) for r in rels(text, CO, language="de")}


@pytest.mark.parametrize("text", [
    "Ardent Cells, ein Gemeinschaftsunternehmen, an dem Brelix 51 Prozent und Tovan 49 Prozent hält, baut ein Werk.",
    "Ardent Cells, an dem Brelix 60 Prozent und Tovan 40 Prozent halten, baut ein Werk.",
    "Für den Vertrieb gründeten beide Seiten danach Ardent Cells, an dem Brelix 51 und Tovan 49 Prozent hält.",
    "Ardent Cells, an dem der Konzern Brelix rund 50 Prozent und der Versorger Tovan die restlichen 50 Prozent hält, baut ein Werk.",
])
def test_two_holders_with_shares_are_joint_venture_parents(text):
    p = pairs(text)
    assert ("joint_venture", frozenset(("Brelix", "Tovan"))) in p
    assert not any(t in ("owns", "invests_in", "acquires") for t, _ in p)


def test_a_small_second_holder_makes_no_joint_venture():
    p = pairs("Ardent Cells, an dem Brelix 90 Prozent und Tovan 10 Prozent halten, baut ein Werk.")
    assert not any(t == "joint_venture" for t, _ in p)


def test_a_single_holder_keeps_its_stake():
    assert ("invests_in", "Brelix", "Ardent Cells") in got("Ardent Cells, an dem Brelix 21 Prozent hält, baut ein Werk.")


def test_other_languages_are_left_alone():
    text = "Ardent Cells, an dem Brelix 60 Prozent und Tovan 40 Prozent halten."
    spans = [(text.index(n), text.index(n) + len(n), n) for n in ("Ardent Cells", "Brelix", "Tovan")]
    assert split_holders(text, spans, "en") is None
    held, found = split_holders(text, spans, "de")
    assert held == "Ardent Cells" and [(f.type, f.source, f.target) for f in found] == [("joint_venture", "Brelix", "Tovan")]
