"""An end told of a tie with a company named right after it ("breaks with X", "la fine del rapporto con X",
"rompe con X") speaks of that tie, not of another pair's tie in the sentence (relations/status.py,
``_near_own_end``). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("lang,text", [
    ("it", "Maltrix rompe con Brixo, Korvan fornirà le celle a Maltrix."),
    ("fr", "Maltrix rompt avec Brixo, Korvan fournira les cellules à Maltrix."),
    ("es", "Maltrix rompe con Brixo, Korvan suministrará las celdas a Maltrix."),
    ("en", "Maltrix broke with Brixo, and Korvan will supply cells to Maltrix."),
])
def test_the_end_is_of_the_tie_it_names(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got


def test_an_end_with_the_party_itself_ends_the_tie():
    got = {(r.type, r.source, r.target): r.status
           for r in rels("Maltrix ha interrotto il rapporto con Korvan, che le forniva le celle dal 2020.", ["Korvan", "Maltrix"], language="it")}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "ended", got
