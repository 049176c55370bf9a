"""Italian sale with the buyer first and the asset named in an apposition to the seller's own unit:
"X ha ceduto a Z la sua divisione della difesa, Y, per ...". Invented companies (Almara, Brixo, Kelda)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang="it"):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=lang))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("text", [
    "Almara aveva già ceduto a Brixo la sua divisione della difesa, Kelda, per circa 2 miliardi di euro.",
    "Almara ha ceduto a Brixo la propria controllata, Kelda.",
    "Lo scorso anno Almara ha venduto a Brixo la sua filiale tedesca, Kelda, per 300 milioni.",
])
def test_the_apposed_unit_is_the_asset(text):
    got = _rels(text)
    assert ("acquires", "Brixo", "Kelda", "active") in got
    assert ("owns", "Almara", "Kelda", "ended") in got


@pytest.mark.parametrize("text", [
    # the name after the comma opens a new clause: it says something, it is not the unit
    "Almara ha venduto a Brixo la sua divisione, Kelda ha detto.",
    # goods, not a unit, before the comma
    "Almara ha venduto a Brixo i suoi impianti, mentre Kelda ha chiuso in rialzo.",
    "Almara ha ceduto a Brixo i macchinari, Kelda.",
])
def test_no_asset_past_a_comma_that_is_no_apposition(text):
    got = _rels(text)
    assert not any(r[2] == "Kelda" for r in got)
