"""Italian and Spanish drop the subject: an auxiliary opening the sentence ("Avete anche firmato con
Y", "Habéis cerrado el acuerdo con Y") is a verb, not a company found as a subject
(entities/cues.py ``SENTENCE_STARTERS``). The sentences are made up."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("language, text, verb", [
    ("it", "Avete anche firmato un accordo con Stellantis.", "Avete"),
    ("it", "Avevate già firmato con Stellantis?", "Avevate"),
    ("es", "Habéis cerrado el acuerdo con Seat.", "Habéis"),
    ("es", "Habían firmado con Seat un contrato.", "Habían"),
])
def test_the_auxiliary_is_no_company(language, text, verb):
    found = [m.text for m in run(text, language).mentions if m.label == "COMPANY"]
    assert verb not in found
