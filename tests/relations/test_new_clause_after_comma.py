"""A comma and a conjunction before a name that opens its own clause end the supply's list of customers
and its object: "livre des cellules à Selvio, et Quarda s'appuie sur ...", "fournira ses modules depuis la
Hongrie, et le coréen Quarda depuis son usine" (groups.py _VERB_AFTER, frames/supply.py _NEW_CLAUSE_SUBJECT)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Brakon livre des cellules à Selvio, et Quarda s'appuie sur des modules maison.", "fr"),
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
    ("Brakon will ship its modules from Hungary, and the start-up Quarda from its plant in Lorraine.", "en"),
    ("Brakon fournira ses modules depuis la Hongrie, et le coréen Quarda depuis son usine lorraine.", "fr"),
    ("Brakon fornirà i suoi moduli dall'Ungheria, e il coreano Quarda dal suo stabilimento in Lorena.", "it"),
    ("Brakon suministrará sus módulos desde Hungría, y el coreano Quarda desde su fábrica en Lorena.", "es"),
    ("Brakon wird seine Module aus Ungarn liefern, und der koreanische Konzern Quarda aus seinem Werk in Lothringen.", "de"),
])
def test_a_described_name_after_a_comma_and_conjunction_is_no_object(text, language):
    assert ("Brakon", "Quarda") not in _supplies(rels(text, NAMES, language=language))
