"""A standing tie told in an apposition inside a report or a denial keeps its own status: "Maltrix, a
minority shareholder of Korvan" is a fact, whatever rumour or denial the sentence tells around it
(relations/apposed_facts.py). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Korvan", "Maltrix", "Brixo"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Talk of a takeover of Korvan by Brixo was promptly denied by Maltrix, a minority shareholder of Korvan."),
    ("fr", "La rumeur d'un rachat de Korvan par Brixo a été aussitôt démentie par Maltrix, actionnaire minoritaire de Korvan."),
    ("it", "L'ipotesi di una cessione di Korvan a Brixo è stata subito smentita da Maltrix, azionista di minoranza di Korvan."),
    ("es", "El rumor de una compra de Korvan por Brixo fue desmentido enseguida por Maltrix, accionista minoritario de Korvan."),
    ("de", "Gerüchte über eine Übernahme von Korvan durch Brixo wies Maltrix, Minderheitsaktionär von Korvan, umgehend zurück."),
])
def test_a_shareholder_named_in_apposition_to_a_denial(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}
    assert got.get(("invests_in", "Maltrix", "Korvan")) == "active", got


def test_the_reported_deal_itself_keeps_its_status():
    text = "Brixo is reportedly weighing a bid for Korvan, a long-time partner of Maltrix, people familiar with the matter said."
    got = {(r.type, r.source, r.target): r.status for r in rels(text, NAMES)}
    assert got.get(("acquires", "Brixo", "Korvan")) == "rumoured", got
