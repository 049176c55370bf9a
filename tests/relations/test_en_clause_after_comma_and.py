"""English writes no comma before the "and" of a list of two: ", and" then a name before its verb opens a
new clause, whose subject is no object of the first verb (groups.py, _FINITE_AFTER_EN). Made-up names."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brakon", "Selvio", "Quarda", "Tormund"]


@pytest.mark.parametrize("text, want, unwanted", [
    ("Brakon took a stake in Selvio, and Quarda invested in Tormund to fund its mine.",
     [("invests_in", "Brakon", "Selvio"), ("invests_in", "Quarda", "Tormund")],
     [("invests_in", "Brakon", "Quarda"), ("invests_in", "Selvio", "Tormund")]),
    ("Brakon supplies motors to Selvio, and Quarda buys cells from Tormund.",
     [("supplies", "Brakon", "Selvio"), ("supplies", "Tormund", "Quarda")],
     [("supplies", "Brakon", "Quarda"), ("supplies", "Tormund", "Brakon")]),
    ("Brakon ships axles to Selvio, and Quarda sources its inverters from Tormund.",
     [("supplies", "Brakon", "Selvio"), ("supplies", "Tormund", "Quarda")],
     [("supplies", "Brakon", "Quarda")]),
])
def test_second_clause_subject_is_no_object(text, want, unwanted):
    got = {(t, s, d) for t, s, d, _, _ in triples(rels(text, NAMES))}
    assert set(want) <= got
    assert not set(unwanted) & got


def test_a_list_of_three_with_a_serial_comma_stays_one_list():
    got = {(t, s, d) for t, s, d, _, _ in triples(rels("Brakon supplies cells to Selvio, Quarda, and Tormund.", NAMES))}
    assert {("supplies", "Brakon", n) for n in ("Selvio", "Quarda", "Tormund")} <= got
