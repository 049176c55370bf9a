"""English funding news names the round by its raiser's possessive: "X led Y's $40 million Series B
round", "X co-led Y's Series C", "X led Y's latest funding round": X invests in Y. A possessive after
"led" that names no round ("led Y's efforts") stays unread. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Greyloft Ventures", "Tamsin Robotics", "Orsino Motors"]


def _invests(text):
    return {(r.source, r.target) for r in rels(text, NAMES, language="en") if r.type == "invests_in"}


@pytest.mark.parametrize("text, pair", [
    ("Greyloft Ventures led Tamsin Robotics' $40 million Series B round.", ("Greyloft Ventures", "Tamsin Robotics")),
    ("Greyloft Ventures led Tamsin Robotics' latest funding round in 2024 and has a seat on the board.",
     ("Greyloft Ventures", "Tamsin Robotics")),
    ("Greyloft Ventures co-led Orsino Motors' Series C, the company said.", ("Greyloft Ventures", "Orsino Motors")),
])
def test_the_leader_of_a_possessed_round_invests(text, pair):
    assert pair in _invests(text)


def test_a_possessive_without_a_round_is_no_investment():
    assert not _invests("Greyloft Ventures led Tamsin Robotics' efforts to cut costs.")
