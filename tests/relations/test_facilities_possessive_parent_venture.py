"""A joint venture named before its parent in the possessive ("Kestrel Cells Co, Brelix's joint venture
with Norvik") is the venture: its plant, in the sentence or told of by "the joint venture" after it,
is the venture's, not the parent's."""

from __future__ import annotations

from .helpers import facs

_NAMES = ["Kestrel Cells", "Brelix", "Norvik"]


def test_the_venture_before_a_possessive_parent_owns_the_plant():
    text = "Kestrel Cells Co, Brelix's joint venture with Norvik, runs a plant in Marlowe."
    fs = facs(text, _NAMES, "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kestrel Cells", "Marlowe")]


def test_the_joint_venture_in_the_next_sentence_is_the_named_venture():
    text = ("Modules come from Kestrel Cells Co, Brelix's joint venture with Norvik. "
            "The joint venture started production last year at its 30 GWh plant in Marlowe.")
    fs = facs(text, _NAMES, "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kestrel Cells", "Marlowe")]


def test_a_possessive_parent_with_no_venture_named_before_stays():
    text = "Brelix's joint venture with Norvik runs a plant in Marlowe."
    fs = facs(text, ["Brelix", "Norvik"], "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Marlowe")]
