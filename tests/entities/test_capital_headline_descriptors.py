"""A headline in capitals names no company after a descriptor: "LA START-UP FRANCESE CHE HA CONVINTO
STELLANTIS" - every word looks like a name there, so "CHE HA CONVINTO" is none, and no description
later points to it."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize(
    "language, text, words",
    [
        ("it", "LA START-UP FRANCESE CHE HA CONVINTO STELLANTIS\nTiamat produce celle al sodio. La start-up francese "
               "ha chiuso un round.", "CHE HA CONVINTO"),
        ("en", "THE FRENCH STARTUP THAT WON OVER STELLANTIS\nTiamat makes sodium cells. The French startup has closed "
               "a round.", "THAT WON OVER"),
        ("fr", "LA START-UP QUI A SÉDUIT STELLANTIS\nTiamat fabrique des cellules au sodium. La start-up a bouclé "
               "une levée.", "QUI A SÉDUIT"),
    ],
)
def test_no_company_after_a_descriptor_in_capitals(language, text, words):
    doc = run(text, language)
    assert not [m for m in doc.mentions if m.label == "COMPANY" and words in (m.canonical or "")]
    assert ("Tiamat" in {m.canonical for m in doc.mentions if m.source == "coref"})


def test_a_descriptor_in_running_text_still_names_its_company():
    doc = run("Stellantis a choisi la start-up Velqua pour ses cellules.", "fr")
    assert any(m.label == "COMPANY" and m.canonical == "Velqua" for m in doc.mentions)
