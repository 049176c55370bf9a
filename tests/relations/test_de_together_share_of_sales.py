"""Customers that "together account for" a share of a supplier's sales are no partners
(lexicon/de.py: "zusammen" before a verb of accounting is no partnership cue; the other four languages
read no partnership there)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _partners(relations):
    return {frozenset((r.source, r.target)) for r in relations if r.type in ("partners_with", "joint_venture")}


@pytest.mark.parametrize("text, language", [
    ("Brakon, Selvio und Quarda holen Dichtungen aus der Fabrik, zusammen stehen sie für gut die Hälfte der Erlöse.", "de"),
    ("Brakon, Selvio und Quarda kaufen dort Ventile ein; zusammen kommen sie auf mehr als die Hälfte der Erlöse.", "de"),
    ("Brakon, Selvio and Quarda buy pumps from the plant; together they account for about two thirds of sales.", "en"),
    ("Brakon, Selvio et Quarda achètent des pompes à l'usine et représentent ensemble les deux tiers du chiffre d'affaires.", "fr"),
    ("Brakon, Selvio e Quarda acquistano pompe dallo stabilimento e insieme valgono due terzi del fatturato.", "it"),
    ("Brakon, Selvio y Quarda compran bombas a la planta y juntos suponen dos tercios de la facturación.", "es"),
])
def test_customers_summed_in_the_sales_are_no_partners(text, language):
    assert _partners(rels(text, NAMES, language=language)) == set()


def test_working_together_stays_a_partnership():
    got = rels("Brakon und Selvio wollen künftig zusammen Feststoffzellen entwickeln.", NAMES, language="de")
    assert frozenset(("Brakon", "Selvio")) in _partners(got)
