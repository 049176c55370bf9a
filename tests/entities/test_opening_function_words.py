"""A known company whose name is also a function word of the page's language ("Nel", "Ora",
"Zum") is that word when it opens a sentence before a lower-case word (in German any word), however
near another company or a business noun stands; before a business verb it is still the company.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


def _surfaces(text: str, language: str) -> list[str]:
    return [surface for surface, _ in spans(run(text, language), "COMPANY")]


@pytest.mark.parametrize("text, language, word", [
    # (a business noun right after it, "gruppo", used to vouch for the alias)
    ("Nel frattempo il gruppo Corvalis ha rafforzato la sua quota in Stellantis.", "it", "Nel"),
    ("Ora la società Stellantis punta sui motori ibridi per il mercato sudamericano.", "it", "Ora"),
    ("Zum Geschäft: Stellantis setzte im Vorjahr 150 Milliarden Euro um.", "de", "Zum"),
])
def test_function_word_opening_a_sentence_is_no_company(text, language, word):
    assert word not in _surfaces(text, language)


def test_function_word_name_before_a_business_verb_stays_a_company():
    text = "Nel fornirà elettrolizzatori a Stellantis dal 2027, ha annunciato il gruppo norvegese."
    assert "Nel" in _surfaces(text, "it")
