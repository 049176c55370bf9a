"""A deal noun with no subject read and a pair of names after it is a deal between the two only after
"between" ("zwischen", "entre", "tra"): "with X and with Y" names two counterparts of someone else, neither
the other's supplier (frames/supply.py read_deal, _BETWEEN_WORDS)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda", "Tovik"]


def _supply_pairs(relations):
    return {frozenset((r.source, r.target)) for r in relations if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("Offtake agreements were signed with Selvio and with Quarda last year.", "en"),
    ("Supply agreements were signed with Selvio and Quarda last year.", "en"),
    ("Des contrats d'achat ont été signés avec Selvio et avec Quarda l'an dernier.", "fr"),
    ("Se firmaron contratos de suministro con Selvio y con Quarda el año pasado.", "es"),
    ("Abnahmeverträge über Lithium hat Brakon mit Selvio, mit Quarda und mit dem Zellhersteller Tovik unterschrieben.", "de"),
])
def test_two_counterparts_of_a_deal_are_not_each_other_s_supplier(text, language):
    assert frozenset(("Selvio", "Quarda")) not in _supply_pairs(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text, language", [
    ("The supply contract between Selvio and Quarda ended in March.", "en"),
    ("Le contrat de fourniture entre Selvio et Quarda a pris fin en mars.", "fr"),
    ("Il contratto di fornitura tra Selvio e Quarda è scaduto a marzo.", "it"),
    ("El contrato de suministro entre Selvio y Quarda expiró en marzo.", "es"),
    ("Der Liefervertrag zwischen Selvio und Quarda lief im März aus.", "de"),
])
def test_a_deal_between_two_stays_a_supply_between_them(text, language):
    assert frozenset(("Selvio", "Quarda")) in _supply_pairs(rels(text, NAMES, language=language))
