"""German lists whose next member is described by its home town's adjective ("X und die Nürnberger
Y", "X sowie der Stuttgarter Y", relations/lexicon/de.py coord_np): Y is the next member of the
list, X's partner in it, never X's customer. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from .helpers import make_doc
from tierscope.relations import RelationExtractor


def _pairs(text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Brixo", "Kelda"], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kathoden liefern unter anderem Norvik und die Nürnberger Brixo.",
    "Die Gehäuse liefern Norvik sowie der Augsburger Brixo.",
])
def test_two_suppliers_listed_supply_no_one_another(text):
    pairs = _pairs(text)
    assert ("supplies", "Norvik", "Brixo") not in pairs and ("supplies", "Brixo", "Norvik") not in pairs


@pytest.mark.parametrize("text", [
    "Kelda beliefert Norvik und die Stuttgarter Brixo mit Kathoden.",
    "Kelda liefert Kathoden an Norvik und die Münchner Brixo.",
])
def test_both_customers_listed_are_supplied(text):
    pairs = _pairs(text)
    assert {("supplies", "Kelda", "Norvik"), ("supplies", "Kelda", "Brixo")} <= pairs
