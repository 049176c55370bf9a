"""A known German name whose last word ends in -e, in the dative plural ("bei den Ford-Werken",
"mit den Lech-Stahlwerken", "den Hamburger Energiewerken"): the whole name, not its first word alone
(entities/de_dative_names.py; German only: the other languages do not inflect a company's name).
Invented sentences; the names are the gazetteer's."""

from __future__ import annotations

import pytest
from entity_helpers import run


@pytest.mark.parametrize("text, surface, canonical", [
    ("Bei den Kölner Ford-Werken beginnt im Frühjahr die Fertigung.", "Ford-Werken", "Ford-Werke"),
    ("Der Stahl kommt künftig von den Lech-Stahlwerken in Meitingen.", "Lech-Stahlwerken", "Lech-Stahlwerke"),
    ("Die Ladesäulen gehören den Hamburger Energiewerken.", "Hamburger Energiewerken", "Hamburger Energiewerke"),
])
def test_a_known_name_in_the_dative_plural(text, surface, canonical):
    doc = run(text, "de")
    assert (surface, canonical) in [(m.text, m.canonical) for m in doc.mentions if m.label == "COMPANY"]


def test_a_plain_plural_noun_after_a_name_stays_apart():
    doc = run("Ford baut in den Werken in Köln und Saarlouis Elektroautos.", "de")
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY"] == ["Ford"]
