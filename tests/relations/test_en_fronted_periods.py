"""English often writes a short fronted time adverbial with no comma after it: "For the last two years
X sold its cells to Y", "For years X supplied Y", "In the past decade X supplied Y". The preposition
governs the period noun, not the name after it, which is the clause's subject. Invented companies and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Tamsin Robotics", "Halbrook Materials"]


@pytest.mark.parametrize("text", [
    "For the last two years Tamsin Robotics sold its battery cells to Halbrook Materials.",
    "For years Tamsin Robotics supplied battery cells to Halbrook Materials.",
    "In the past decade Tamsin Robotics supplied battery cells to Halbrook Materials.",
    "For some months Tamsin Robotics has shipped battery cells to Halbrook Materials.",
])
def test_the_name_after_a_fronted_period_is_the_subject(text):
    got = {(r.type, r.source, r.target) for r in rels(text, NAMES, language="en")}
    assert ("supplies", "Tamsin Robotics", "Halbrook Materials") in got
    assert ("supplies", "Halbrook Materials", "Tamsin Robotics") not in got


def test_a_period_after_the_name_changes_nothing():
    got = {(r.type, r.source, r.target) for r in rels(
        "Halbrook Materials will buy cells from Tamsin Robotics for ten years.", NAMES, language="en")}
    assert ("supplies", "Tamsin Robotics", "Halbrook Materials") in got
