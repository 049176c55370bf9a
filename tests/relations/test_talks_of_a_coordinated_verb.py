"""Talks told by a second verb coordinated after a tie ("X will supply Y and is negotiating with Z"):
the talks are that verb's, with another company; the tie before "and" keeps its own status
(relations/status.py, ``_talks_cover``). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels as extract

CASES = [
    ("en", "Korvan will supply cells to Maltrix and is in talks with Brixo about a second plant.", "announced"),
    ("de", "Korvan liefert Zellen an Maltrix und verhandelt mit Brixo über ein zweites Werk.", "active"),
    ("fr", "Korvan fournira des cellules à Maltrix et négocie avec Brixo un second site.", "announced"),
    ("it", "Korvan fornirà celle a Maltrix e tratta con Brixo per un secondo impianto.", "announced"),
    ("es", "Korvan suministrará celdas a Maltrix y negocia con Brixo una segunda planta.", "announced"),
]


@pytest.mark.parametrize("lang,text,status", CASES)
def test_talks_of_the_next_verb_are_not_the_supply(lang, text, status):
    found = extract(text, ["Korvan", "Maltrix", "Brixo"], language=lang)
    got = {(r.type, r.source, r.target): r.status for r in found}
    assert got[("supplies", "Korvan", "Maltrix")] == status


def test_talks_that_name_the_pair_still_cover_it():
    found = extract("Korvan and Maltrix are in talks about a supply of cells to Maltrix.", ["Korvan", "Maltrix"])
    assert {r.status for r in found} <= {"in_talks"}
