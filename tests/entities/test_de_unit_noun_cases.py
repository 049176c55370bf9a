"""German unit and parent nouns in every case (entities/subsidiaries.py): "der Tochter von X" in the
dative and genitive, "zur Tochter", a unit noun after the finite verb with a description of its parent
("Ab 2027 soll die Tochter des Energiekonzerns X ..."), and the parent noun after "den", "vom", "zum",
"zur", "beim" ("liefert an den Mutterkonzern"). A predicate ("X ist die Tochter des Y") or an
apposition after a comma is still read with its name. Invented sentences; Saft/TotalEnergies, SK
On/SK Innovation are gazetteer units and parents."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("text, phrase", [
    ("Saft eröffnet ein Labor. Der Flugzeugbauer kauft Zellen bei der Tochter von TotalEnergies.", "der Tochter"),
    ("Saft eröffnet ein Labor. Ein Start-up hat mit der Tochter von TotalEnergies einen Vertrag.", "der Tochter"),
    ("Saft eröffnet ein Labor. Der Auftrag geht an die Batterietochter des Ölkonzerns TotalEnergies.",
     "die Batterietochter"),
    ("Saft eröffnet ein Labor. Ab 2027 soll die Tochter des Pariser Ölkonzerns TotalEnergies liefern.",
     "die Tochter"),
    ("Saft eröffnet ein Labor. Wie die Tochter des Ölkonzerns TotalEnergies mitteilte, steigt der Umsatz.",
     "die Tochter"),
    ("Saft eröffnet ein Labor. Mehrere Ingenieure sind zur Tochter von TotalEnergies gewechselt.", "zur Tochter"),
])
def test_a_unit_noun_in_any_case_is_the_unit_named_before(text, phrase):
    assert (phrase, "Saft") in corefs(run(text, "de"))


@pytest.mark.parametrize("text", [
    # a predicate and an apposition: the name beside the noun says who it is
    "Saft eröffnet ein Labor. Saft ist die Tochter des Ölkonzerns TotalEnergies.",
    "Saft eröffnet ein Labor. Airbus kauft bei Saft, der Tochter des Ölkonzerns TotalEnergies.",
])
def test_a_predicate_or_an_apposition_is_no_reference(text):
    assert not [p for p, _ in corefs(run(text, "de")) if p.endswith("Tochter")]


@pytest.mark.parametrize("text, phrase", [
    ("SK Innovation wächst. SK On liefert seine Zellen an den Mutterkonzern.", "den Mutterkonzern"),
    ("SK Innovation wächst. SK On verliert Geld, die Zellen gehen vom Mutterkonzern an Ford.", "vom Mutterkonzern"),
    ("SK Innovation wächst. SK On verliert Geld, die Zellen gehen zum Mutterhaus.", "zum Mutterhaus"),
    ("SK Innovation wächst. SK On verliert Geld, und Ford kauft beim Mutterkonzern ein.", "beim Mutterkonzern"),
    ("SK Innovation wächst. SK On verliert Geld, die Zellen gehen zur Konzernmutter.", "zur Konzernmutter"),
])
def test_a_parent_noun_in_any_case_is_the_parent(text, phrase):
    assert (phrase, "SK Innovation") in corefs(run(text, "de"))
