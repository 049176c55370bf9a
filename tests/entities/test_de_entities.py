"""German cues of the entity stage, on sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("text,word", [
    ("Neben Vostra ist Brixo Energy aktiv. Letztere gehört mehrheitlich zum Technologiekonzern Almara.", "Letztere"),
    ("Zuvor hatte die Zeitung berichtet, Almara wolle Brixo Energy übernehmen.", "Zuvor"),
    ("Derweil baut Almara ein Werk in Ungarn.", "Derweil"),
])
def test_sentence_openers_are_no_companies(text, word):
    assert word not in [surface for surface, _ in spans(run(text, "de"), "COMPANY")]


def test_a_known_company_after_an_opener_is_still_found():
    assert ("Bosch", "Bosch") in spans(run("Zudem liefert Bosch Steuergeräte an Brixo.", "de"), "COMPANY")
