"""A company's people opening an English sentence before "said" ("Bosses said", "Executives said",
"Managers said") are no company: the recognizer's subject pattern took the capitalised plural for one
(the other languages' patterns do not), nor are indefinite pronouns ("Nobody is buying us", "Nessuno ha
avvicinato", "Nadie ha contactado"). Sentences written for these tests."""

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


@pytest.mark.parametrize("text, language, word", [
    ('"Nobody is buying us": Korvan boss on chips and customers.', "en", "Nobody"),
    ("Someone bought Korvan shares on Monday.", "en", "Someone"),
    ("Nessuno ha avvicinato Korvan, ha detto il capo.", "it", "Nessuno"),
    ("Nadie ha contactado a Korvan, dijo el consejero delegado.", "es", "Nadie"),
])
def test_indefinite_pronouns_are_no_company(text, language, word):
    assert word not in [surface for surface, _ in spans(run(text, language), "COMPANY")]
