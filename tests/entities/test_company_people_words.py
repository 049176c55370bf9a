"""A company's people opening an English sentence before "said" ("Bosses said", "Executives said",
"Managers said") are no company: the recognizer's subject pattern took the capitalised plural for one
(the other languages' patterns do not). Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text, word", [
    ("Production started this week at the Korvan plant. Bosses said around 1,000 people would work there.", "Bosses"),
    ("Korvan opened its plant. Executives said around 1,000 people would work there.", "Executives"),
    ("Korvan opened its plant. Managers said the line would run in May.", "Managers"),
])
def test_company_people_are_no_company(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "en"), "COMPANY")]
