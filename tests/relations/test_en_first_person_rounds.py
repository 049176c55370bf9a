"""On an interview page the head names the company's round by "our": "X led our Series B", "X led our
last funding round": X invests in the speaker's company, as with a named possessive ("X led Y's Series
B"). The entity stage makes "our" the company only on such a page (never in an ordinary story's quote),
so the lexicon reads it like a possessive name. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import make_doc
from tierscope.relations import RelationExtractor


def _invests(text):
    doc = make_doc(text, ["Greyloft Ventures", "Orsino Capital"], coref={"our": "Tamsin Robotics"})
    return {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "invests_in"}


@pytest.mark.parametrize("text", [
    "Greyloft Ventures led our Series B and holds a smaller stake.",
    "Greyloft Ventures led our last funding round, in 2023, and sits on our board.",
    "Greyloft Ventures co-led our $40 million Series C.",
])
def test_the_leader_of_our_round_invests_in_the_speakers_company(text):
    assert _invests(text) == {("Greyloft Ventures", "Tamsin Robotics")}


def test_our_efforts_are_no_round():
    assert not _invests("Greyloft Ventures led our efforts to cut costs.")
