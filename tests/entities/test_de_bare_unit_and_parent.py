"""German "die Tochter" / "der Tochter" as a short reference anywhere in a clause, and "die Mutter" for
the parent (entities/subsidiaries.py): the unit is the nearest company before whose parent the story
names, the parent that of the nearest company whose parent the story names. After a comma the noun is
an apposition, and with its owner after it ("die Tochter des Konzerns") it names that owner's unit, not
a bare reference. Invented sentences; PowerCo/Volkswagen and LG Energy Solution/LG Chem are gazetteer
units and parents. (The other languages' bare unit nouns open their sentence, as before: "la filiale",
"the unit", "la controllata", "la filial".)"""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("text, phrase", [
    ("Volkswagen hat PowerCo 2022 gegründet. Für die Festkörperzellen arbeitet die Tochter mit einem "
     "Entwickler aus Kalifornien zusammen.", "die Tochter"),
    ("Volkswagen hat PowerCo 2022 gegründet. Wichtigster Kunde der Tochter bleibt der Konzern selbst.", "der Tochter"),
    ("Volkswagen hat PowerCo 2022 gegründet. Weil die Tochter mehr Geld braucht, sucht man Partner.", "die Tochter"),
])
def test_a_bare_unit_noun_inside_a_clause_is_the_unit(text, phrase):
    assert (phrase, "PowerCo") in corefs(run(text, "de"))


@pytest.mark.parametrize("text", [
    "Volkswagen hat PowerCo 2022 gegründet. Die Zellen kommen von Gotion, die Tochter baut selbst erst ab 2026.",
])
def test_after_a_comma_it_may_still_be_the_unit_opening_a_clause(text):
    # (a comma before the article: an apposition is the usual reading, so nothing is taken)
    assert not any(p == "die Tochter" for p, _ in corefs(run(text, "de")))


def test_the_unit_noun_with_its_owner_after_it_is_no_bare_reference():
    doc = run("Volkswagen hat PowerCo 2022 gegründet. Die Tochter des Zulieferers Kelbrin liefert Kabel.", "de")
    assert not any(c == "PowerCo" for _, c in corefs(doc))


@pytest.mark.parametrize("text", [
    "LG Energy Solution gehört mehrheitlich zu LG Chem. Die Mutter liefert dem Zellhersteller auch Kathoden.",
    # the nearest company (PowerCo) has a parent the story does not name: the one before it is taken
    "LG Energy Solution gehört mehrheitlich zu LG Chem und beliefert PowerCo. Die Mutter liefert auch Kathoden.",
])
def test_die_mutter_is_the_parent(text):
    assert ("Die Mutter", "LG Chem") in corefs(run(text, "de"))
