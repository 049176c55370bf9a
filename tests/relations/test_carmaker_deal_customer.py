"""A carmaker, the top of the chain, signs a supply deal with an unknown company as its customer
("Brixo Motors hat mit Y einen Liefervertrag abgeschlossen"), unless vehicles are supplied (invented
sentences; the tiers come from the sectors given)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = make_doc(text, ["Brixo", "Kestrel"], language=language, sectors={"Brixo": ["carmaker"]})
    return {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}


@pytest.mark.parametrize("language,text", [
    ("de", "Brixo hat mit Kestrel einen langfristigen Liefervertrag abgeschlossen."),
    ("en", "Brixo signed a supply agreement with Kestrel."),
    ("it", "Brixo ha firmato un contratto di fornitura con Kestrel."),
])
def test_carmaker_is_the_customer(language, text):
    got = _rels(text, language)
    assert ("supplies", "Kestrel", "Brixo") in got and ("supplies", "Brixo", "Kestrel") not in got


@pytest.mark.parametrize("language,text", [
    ("de", "Brixo hat mit Kestrel einen Liefervertrag über 200 Elektrobusse abgeschlossen."),
    ("en", "Brixo signed a supply agreement with Kestrel for 500 electric vans."),
])
def test_carmaker_supplying_vehicles(language, text):
    assert ("supplies", "Brixo", "Kestrel") in _rels(text, language)
