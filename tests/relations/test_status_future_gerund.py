"""A gerund has no tense of its own: the tie it tells ("using batteries from Y") comes when the main
verb of its clause says, however far before it ("will launch ... before the end of the decade using
batteries from Y": announced); a present or past main verb, or a future that only goes on with what
runs ("will continue building ... using"), leaves it running. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _status(text, language="en"):
    doc = RelationExtractor()(make_doc(text, ["Korvan", "Maltrix"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}.get(("supplies", "Maltrix", "Korvan"))


def test_a_future_main_verb_governs_the_gerund():
    assert _status("Korvan said it will launch a range of electric city buses before the end of the decade "
                   "using batteries from Maltrix.") == "announced"


@pytest.mark.parametrize("text", [
    "Korvan has built a range of electric city buses for the last ten years using batteries from Maltrix.",
    "Korvan said it will continue building electric city buses for the next ten years using batteries from Maltrix.",
])
def test_a_running_tie_stays_active(text):
    assert _status(text) == "active"


@pytest.mark.parametrize("language,text", [
    ("en", "Maltrix is building a 30 GWh plant in Ohio, whose output is earmarked for Korvan from 2029."),
    ("fr", "Maltrix livre des cellules à Korvan à partir de 2029."),
    ("it", "Maltrix fornisce celle a Korvan a partire dal 2029."),
    ("es", "Maltrix suministra celdas a Korvan a partir de 2029."),
    ("de", "Maltrix beliefert Korvan ab 2029 mit Zellen."),
])
def test_a_start_year_after_the_tie_makes_it_one_to_come(language, text):
    assert _status(text, language) == "announced"


@pytest.mark.parametrize("text", [
    "Maltrix has supplied cells to Korvan from 2019 to 2023 under a first contract.",
    "Maltrix supplies cells to Korvan from its plant in Ohio, which opened in 2021.",
])
def test_a_span_or_a_place_is_no_start_to_come(text):
    assert _status(text) != "announced"
