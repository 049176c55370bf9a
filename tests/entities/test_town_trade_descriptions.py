"""German: a town's adjective before the noun of a trade ("Zürcher Entsorger", "Münchner Spediteur")
is a description of a firm, not its name, also where the adjective drops a vowel of its town
(Zürich, München, Basel) (entities/names.py ``validate``, ``_city_adjective``, ``_agent_noun``);
such a trade noun introduces the name after it ("der Entsorger Velmora"). Companies made up here."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str) -> list[str]:
    return [m.canonical for m in run(text, "de").mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize("text, phrase", [
    ("Kestrel verkauft Ladesäulen an Zürcher Entsorger", "Zürcher Entsorger"),
    ("Kestrel verkauft Ladesäulen an Münchner Spediteur", "Münchner Spediteur"),
    ("Kestrel verkauft Ladesäulen an Basler Logistiker", "Basler Logistiker"),
    ("Kestrel verkauft Ladesäulen an Grazer Recycler", "Grazer Recycler"),
    ("Kestrel verkauft Ladesäulen an Linzer Verwerter", "Linzer Verwerter"),
])
def test_a_trade_of_a_town_is_no_name(text, phrase):
    assert phrase not in companies(text)
    assert "Kestrel" in companies(text)


def test_a_company_named_after_its_town_and_an_institution_stays():  # a guard: not a trade noun
    assert "Wiener Verkehrsbetriebe" in companies("Kestrel verkauft Ladesäulen an Wiener Verkehrsbetriebe")


@pytest.mark.parametrize("text", [
    "Die Batteriepakete gehen an den Spediteur Velmora, sagte ein Sprecher.",
])
def test_the_trade_noun_introduces_a_name(text):
    assert "Velmora" in companies(text)
