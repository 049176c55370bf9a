"""Two English readings at the entity stage. A preposition opening the sentence ("Like X, ...", "Unlike X,
...", "Including X, ...") is no part of the name after it. And a supplier noun after "as" in a choice
("chose X as the supplier for its SUV") is the role X is chosen for, a predicate, not a reference back
to a company; a sentence opened by "As the supplier explained" still refers back. Invented companies
and sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run


def _companies(text):
    return [(m.text, m.canonical) for m in run(text, "en").mentions if m.label == "COMPANY"]


@pytest.mark.parametrize("text", [
    "Like Greyloft Systems, Tamsin Robotics makes warehouse robots.",
    "Unlike Greyloft Systems, Tamsin Robotics does not sell to carmakers.",
    "Including Greyloft Systems, five firms supply Marlowe Cars.",
])
def test_an_opening_preposition_stays_out_of_the_name(text):
    assert ("Greyloft Systems", "Greyloft Systems") in _companies(text)


@pytest.mark.parametrize("text", [
    "Dantrell Motors said it had chosen Corvane Cells as the supplier for its new SUV.",
    "Dantrell Motors picked Corvane Cells as the battery supplier for its vans.",
])
def test_a_role_chosen_as_is_no_reference(text):
    assert not any(t.lower().endswith("supplier") for t, _ in _companies(text))


def test_a_sentence_opened_by_as_still_refers_back():
    got = _companies("Corvane Cells will supply Dantrell Motors. As the supplier explained, the cells come from Ohio.")
    assert ("the supplier", "Corvane Cells") in got
