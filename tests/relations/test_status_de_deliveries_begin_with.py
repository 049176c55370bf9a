"""German tells deliveries that begin with an event still to come in the present ("die Lieferungen
beginnen mit dem Anlauf der Produktion", "starten erst mit der Inbetriebnahme"): the supply is agreed,
not running, announced. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language="de"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Brixo liefert Lithiumhydroxid an Kelvar, die Lieferungen beginnen mit dem Start der Fertigung in Kolm.",
    "Brixo liefert Lithiumhydroxid an Kelvar; die Lieferungen starten erst mit der Inbetriebnahme des Werks.",
])
def test_deliveries_that_begin_with_a_start_to_come_are_announced(text):
    assert _rels(text)[("supplies", "Brixo", "Kelvar")] == "announced"


def test_deliveries_that_run_stay_active():
    text = "Brixo liefert Lithiumhydroxid an Kelvar, die Lieferungen laufen seit dem Anlauf der Produktion."
    assert _rels(text)[("supplies", "Brixo", "Kelvar")] == "active"
