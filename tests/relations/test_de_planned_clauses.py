"""German tells a plan with a "dass" clause in the present after a word of planning ("Vorgesehen ist, dass
X die Zellen an Y liefert"): announced, not active (``relations/de_planned_clauses.py``). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


def _statuses(text):
    return sorted({r.status for r in rels(text, PAIR, language="de") if r.type == "supplies"})


@pytest.mark.parametrize("text", [
    "Vorgesehen ist, dass Pesqueira die Zellen an Orlanda liefert.",
    "Geplant ist, dass Pesqueira die Zellen an Orlanda liefert.",
    "Es ist geplant, dass Pesqueira die Zellen an Orlanda liefert.",
    "Der Plan sieht vor, dass Pesqueira die Zellen an Orlanda liefert.",
    "Die Vereinbarung sieht vor, dass Pesqueira die Zellen an Orlanda liefert.",
    "Vorgesehen ist zudem, dass Pesqueira Orlanda mit Zellen beliefert.",
    "Es ist vereinbart, dass Pesqueira die Kathoden an Orlanda liefert.",
    "Ziel ist, dass Pesqueira die Schwarzmasse an Orlanda liefert.",
])
def test_a_plans_that_clause_is_announced(text):
    assert _statuses(text) == ["announced"]


@pytest.mark.parametrize("text", [
    # the tie runs already, or the clause is no plan's
    "Der seit 2021 laufende Vertrag sieht vor, dass Pesqueira die Zellen an Orlanda liefert.",
    "Vorgesehen ist, dass das Werk wächst, Pesqueira liefert bereits Zellen an Orlanda.",
    "Bekannt ist, dass Pesqueira die Zellen an Orlanda liefert.",
])
def test_a_running_tie_or_no_plan_stays_active(text):
    assert _statuses(text) == ["active"]
