"""A unit's name that is also a word (gazetteer flag ``?``: "Ampere") is the company when the story names
its parent, which the gazetteer knows, but not right after a number ("400 Ampere" is a current).
Invented sentences; the companies are real gazetteer entries."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("language, text", [
    ("de", "Renault ändert seine Einkaufspolitik. Künftig bezieht die Elektrotochter Ampere Zellen aus Polen."),
    ("de", "Renault lässt seine Elektrotochter Ampere Zellen aus Polen beziehen."),
])
def test_the_unit_of_a_parent_named_in_the_story(language, text):
    assert "Ampere" in companies(text, language)


@pytest.mark.parametrize("language, text", [
    ("de", "Renault baut die Ladesäulen aus. Die neuen Säulen laden mit 400 Ampere."),
    ("de", "Die Ladesäulen liefern bis zu 400 Ampere. Der Hersteller nennt keine Kunden."),
])
def test_not_a_current_nor_without_the_parent(language, text):
    assert "Ampere" not in companies(text, language)
