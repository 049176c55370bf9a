"""A comma and a conjunction before a name that opens its own clause end the supply's list of customers
and its object: "livre des cellules à Selvio, et Quarda s'appuie sur ...", "fournira ses cellules depuis la
Pologne, et le chinois Quarda depuis ses sites" (groups.py _VERB_AFTER, frames/supply.py _NEW_CLAUSE_SUBJECT)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Brakon livre des cellules à Selvio, et Quarda s'appuie sur ses propres packs.", "fr"),
    ("Brakon fornisce celle a Selvio, e Quarda punta sui propri pacchi batteria.", "it"),
    ("Brakon liefert Zellen an Selvio, und Quarda setzt auf eigene Batteriepacks.", "de"),
])
def test_a_name_opening_its_own_clause_is_no_second_customer(text, language):
    found = _supplies(rels(text, NAMES, language=language))
    assert ("Brakon", "Selvio") in found
    assert ("Brakon", "Quarda") not in found


@pytest.mark.parametrize("text, language", [
    ("Brakon livre des cellules à Selvio et à Quarda.", "fr"),
    ("Brakon fornisce celle a Selvio e a Quarda.", "it"),
    ("Brakon liefert Zellen an Selvio und an Quarda.", "de"),
])
def test_a_list_of_customers_stays_one_list(text, language):
    found = _supplies(rels(text, NAMES, language=language))
    assert ("Brakon", "Selvio") in found and ("Brakon", "Quarda") in found


@pytest.mark.parametrize("text, language", [
    ("Brakon will ship its cells from Poland, and the start-up Quarda from its sites in Spain.", "en"),
    ("Brakon fournira ses cellules depuis la Pologne, et le chinois Quarda depuis ses sites européens.", "fr"),
    ("Brakon fornirà le sue celle dalla Polonia, e il cinese Quarda dai suoi siti europei.", "it"),
    ("Brakon suministrará sus celdas desde Polonia, y el chino Quarda desde sus plantas europeas.", "es"),
    ("Brakon wird seine Zellen aus Polen liefern, und der chinesische Hersteller Quarda aus seinen Werken in Ungarn.", "de"),
])
def test_a_described_name_after_a_comma_and_conjunction_is_no_object(text, language):
    assert ("Brakon", "Quarda") not in _supplies(rels(text, NAMES, language=language))
