"""German writes where a company sits as a capitalised adjective before its name ("die Magdeburger
Elbe Recycling Technologies", "die Kölner Velmora Battery Systems"): the adjective is no part of the
name when the rest is a whole company name ending in a business word. City adjectives in the other
languages are written in lower case and stay outside names already. Names here are invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Die Kölner Velmora Battery Systems liefert ab Mai Module an Ford.", "Velmora Battery Systems"),
        ("Aurubis hält 60 Prozent an der Magdeburger Quellstein Recycling Technologies.", "Quellstein Recycling Technologies"),
        ("Die Bremer Harvik Drive Systems liefert ab Mai Wechselrichter an Porsche.", "Harvik Drive Systems"),
    ],
)
def test_a_town_adjective_before_a_whole_name_is_dropped(text, name):
    assert name in companies(text, "de")


def test_a_town_adjective_that_opens_the_name_itself_stays():
    # the rest ("Verkehrsbetriebe") is no name of its own with a business word at its end
    assert "Verkehrsbetriebe" not in companies("Die Dortmunder Verkehrsbetriebe kaufen 40 Elektrobusse von Solaris.", "de")


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "La torinese Velmora Battery Systems fornirà i moduli a Ford.", "Velmora Battery Systems"),
        ("fr", "La lyonnaise Velmora Battery Systems fournira les modules à Ford.", "Velmora Battery Systems"),
    ],
)
def test_lower_case_town_adjectives_stay_outside_names(language, text, name):
    assert name in companies(text, language)
