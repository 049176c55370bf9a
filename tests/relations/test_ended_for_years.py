"""A tie told with how many years it ran, in the past ("per anni", "durante años", "jahrelang", "pendant
des années", "for years supplied"), is over; the present's own words ("da anni", "desde hace años", "seit
Jahren", "has supplied ... for years") keep it running (lexicon key "ended_for_years"). Invented companies
and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

ENDED = [
    ("it", "Maltrix, che per anni si è rifornita di celle da Korvan, ha cambiato fornitore."),
    ("es", "Korvan cerró su planta de Vigo, que durante años suministró celdas a Maltrix."),
    ("de", "Maltrix bezog die Zellen für seine Busse jahrelang von Korvan."),
    ("fr", "Korvan a fourni pendant des années des cellules à Maltrix."),
    ("en", "Korvan for years supplied cells to Maltrix."),
]
RUNNING = [
    ("it", "Korvan fornisce da anni celle a Maltrix."),
    ("de", "Korvan beliefert Maltrix seit Jahren mit Zellen."),
    ("en", "Korvan has supplied cells to Maltrix for years."),
]


def _status(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    return got.get(("supplies", "Korvan", "Maltrix"))


@pytest.mark.parametrize("lang,text", ENDED)
def test_a_tie_that_ran_for_years_is_over(lang, text):
    assert _status(lang, text) == "ended"


@pytest.mark.parametrize("lang,text", RUNNING)
def test_a_tie_that_runs_for_years_runs(lang, text):
    assert _status(lang, text) == "active"
