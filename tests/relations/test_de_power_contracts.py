"""German power contracts (invented sentences; real companies with the gazetteer's kind of each:
energy or not): "X hat mit Y einen Stromliefervertrag geschlossen", "ein Ökostrom-Abnahmevertrag",
"PPA". The energy company sells the power whichever side is the subject; where no energy company is known
the deal noun reads as it always did."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_REAL = ("Statkraft", "RWE", "Ionity", "BASF", "Vattenfall")
_SECTORS = {"Statkraft": ["energy"], "RWE": ["energy"], "Vattenfall": ["energy"], "Ionity": ["charging"], "BASF": ["chemicals"]}


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _REAL if n in text], language="de", sectors={n: s for n, s in _SECTORS.items() if n in text}))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text,seller,buyer", [
    ("Der Ladenetzbetreiber Ionity hat mit dem Energieversorger Statkraft einen Stromliefervertrag über zehn Jahre abgeschlossen.", "Statkraft", "Ionity"),
    ("Statkraft hat mit Ionity einen Stromliefervertrag abgeschlossen.", "Statkraft", "Ionity"),
    ("BASF hat mit RWE einen Ökostrom-Liefervertrag unterzeichnet.", "RWE", "BASF"),
    ("BASF schließt mit Vattenfall einen Strombezugsvertrag für den Standort ab.", "Vattenfall", "BASF"),
    ("Ionity und RWE haben einen Grünstrom-Abnahmevertrag vereinbart.", "RWE", "Ionity"),
])
def test_the_energy_company_sells_the_power(text, seller, buyer):
    rels = _rels(text)
    assert ("supplies", seller, buyer) in rels
    assert ("supplies", buyer, seller) not in rels



@pytest.mark.parametrize("text,seller,buyer", [
    # no energy company known: the deal noun reads as before ("Abnahme": the subject buys)
    ("Brixo hat mit Norvik einen Stromabnahmevertrag geschlossen.", "Norvik", "Brixo"),
    ("Norvik hat mit Brixo einen Stromliefervertrag geschlossen.", "Norvik", "Brixo"),
])
def test_without_an_energy_company_the_deal_noun_decides(text, seller, buyer):
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Norvik"], language="de"))
    assert ("supplies", seller, buyer) in {(r.type, r.source, r.target) for r in doc.relations}
