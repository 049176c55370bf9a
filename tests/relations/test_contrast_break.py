"""One contrast break for members' lists and rounds' clauses (relations/clauses.CONTRAST_BREAK): a colon, a
semicolon or a contrast word ends a listed role's names and a round's clause alike. Sentences written for
the test."""

from __future__ import annotations

import pytest

from tierscope.relations import members, rounds
from tierscope.relations.clauses import CONTRAST_BREAK


@pytest.mark.parametrize("text, word", [
    ("Its suppliers are Halvor and Quist, while Brenn makes its own cells.", "while"),
    ("Tra i suoi fornitori ci sono Halvor e Quist, ma Brenn produce in casa.", "ma"),
    ("Zu seinen Lieferanten zählen Halvor und Quist, aber Brenn fertigt selbst.", "aber"),
    ("Ses fournisseurs sont Halvor et Quist ; Brenn fabrique ses propres cellules.", ";"),
    ("Sus proveedores son Halvor y Quist, pero Brenn fabrica sus propias celdas.", "pero"),
])
def test_list_and_round_clause_end_at_the_same_break(text, word):
    cut = text.index(word)
    assert CONTRAST_BREAK.search(text).start() == cut
    assert members._list_end(text, 0) == cut
    assert rounds._clause(text, 0, 5)[1] == cut
