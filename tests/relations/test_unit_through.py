"""A company acting through its unit owns that unit, and the unit is the party (relations/unit_through.py).
Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik", "Brixo", "Quarda", "Kelda Cells", "Selvio", "Vantor"]


def _got(text, language):
    return {(r.type, r.source, r.target) for r in rels(text, NAMES, language=language)}


@pytest.mark.parametrize("text, language", [
    ("Kelda Cells was set up by Norvik and Brixo, through the oil major's battery subsidiary Quarda, in 2020.", "en"),
    ("La Kelda Cells, nata da Norvik e Brixo – quest'ultima presente tramite la controllata Quarda – "
     "punta a produrre celle in Europa.", "it"),
    ("Kelda Cells a été fondée par Norvik et Brixo, à travers sa filiale Quarda, en 2020.", "fr"),
    ("Kelda Cells fue creada por Norvik y Brixo, a través de su filial Quarda, en 2020.", "es"),
])
def test_the_owner_is_the_company_before_the_preposition(text, language):
    got = _got(text, language)
    assert ("owns", "Brixo", "Quarda") in got
    assert not {("owns", "Norvik", "Quarda"), ("owns", "Kelda Cells", "Quarda")} & got


@pytest.mark.parametrize("text, language", [
    ("Brixo, attraverso la sua controllata elettrica Quarda, si rifornisce da Selvio per le celle.", "it"),
    ("Brixo, through its electric-vehicle unit Quarda, buys its cells from Selvio.", "en"),
])
def test_the_unit_is_the_customer(text, language):
    got = _got(text, language)
    assert ("supplies", "Selvio", "Quarda") in got
    assert ("supplies", "Selvio", "Brixo") not in got
    assert ("owns", "Brixo", "Quarda") in got


def test_a_former_unit_is_left_alone():
    got = _got("Norvik sold cells to Brixo through its former subsidiary Quarda until 2019.", "en")
    assert ("owns", "Brixo", "Quarda") not in got


@pytest.mark.parametrize("text, language, wrong", [
    # talks about a unit: the company before "über" owns nothing
    ("Norvik bestätigte Gespräche mit Brixo über die Tochter Quarda.", "de", ("owns", "Brixo", "Quarda")),
    # no comma before the preposition: the clause's subject acts, not the object before it
    ("Norvik partecipa al capitale di Kelda Cells attraverso la controllata Quarda.", "it",
     ("owns", "Kelda Cells", "Quarda")),
])
def test_no_apposed_means_no_owner(text, language, wrong):
    assert wrong not in _got(text, language)


def test_a_plural_possessive_keeps_every_owner():
    got = _got("The plant belongs to Norvik and Brixo, through their unit Quarda.", "en")
    assert {("owns", "Norvik", "Quarda"), ("owns", "Brixo", "Quarda")} <= got
