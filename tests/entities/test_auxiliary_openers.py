"""Italian and Spanish drop the subject: an auxiliary opening the sentence ("Avete anche firmato con
Y", "Habéis cerrado el acuerdo con Y") is a verb, not a company found as a subject
(entities/cues.py ``SENTENCE_STARTERS``). The sentences are made up."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("language, text, verb", [
    ("it", "Avete anche siglato un contratto con Stellantis?", "Avete"),
    ("it", "Avevate già firmato con Stellantis?", "Avevate"),
    ("es", "Habéis cerrado el acuerdo con Seat.", "Habéis"),
    ("es", "Habían firmado con Seat un contrato.", "Habían"),
])
def test_the_auxiliary_is_no_company(language, text, verb):
    found = [m.text for m in run(text, language).mentions if m.label == "COMPANY"]
    assert verb not in found


@pytest.mark.parametrize("language, text, name", [
    # the list of openers ends a name wherever it stands: "state" is a word of English names
    ("en", "Golden Cove State Cells supplies modules to Stellantis.", "Golden Cove State Cells"),
    ("it", "Stellantis compra moduli da Sunny State Power.", "Sunny State Power"),
])
def test_state_stays_inside_a_name(language, text, name):
    found = [m.text for m in run(text, language).mentions if m.label == "COMPANY"]
    assert name in found
