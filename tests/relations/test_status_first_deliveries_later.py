"""First deliveries put off to a year to come after a signed deal ("first deliveries are not expected before
2027", "cuyas primeras entregas no llegarán antes de 2027", "dont les premières livraisons n'interviendront pas
avant 2027", "le prime consegne sono previste per il 2028", "die ersten Lieferungen sind für 2028
vorgesehen"): the supply is announced, even where the word "deliveries" is itself the trigger. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.status import cue_spans

from .helpers import make_doc


def _rels(text, language, names=("Kelda", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Kelda has signed a supply deal with Brixo, with first deliveries not expected before 2027."),
    ("en", "Kelda has signed a supply deal with Brixo; first deliveries are not due until 2027."),
    ("es", "Brixo ya tiene firmado un contrato de suministro con Kelda, que refinará níquel en Huelva y cuyas primeras entregas no llegarán antes de 2029."),
    ("fr", "Kelda a signé un contrat avec Brixo, dont les premières livraisons n'interviendront pas avant 2027."),
])
def test_first_deliveries_later_make_the_supply_announced(language, text):
    got = _rels(text, language)
    assert "announced" in {s for (t, *_), s in got.items() if t == "supplies"}


@pytest.mark.parametrize("language,text", [
    ("it", "Le prime consegne sono previste per il 2028."),
    ("it", "Le cui prime consegne non arriveranno prima del 2027."),
    ("de", "Die ersten Lieferungen seien nun für 2028 vorgesehen."),
    ("de", "Erste Lieferungen werden erst 2027 erwartet."),
    ("fr", "Les premières livraisons sont attendues en 2028."),
    ("es", "Las primeras entregas están previstas para 2028."),
])
def test_the_cue_reads_first_deliveries_later(language, text):
    assert cue_spans(compiled(language), text, "starts_later")


@pytest.mark.parametrize("language,text", [
    ("en", "First deliveries arrived in 2023."),
    ("de", "Die ersten Lieferungen kamen 2023."),
    ("es", "Las primeras entregas llegaron en 2023."),
])
def test_past_first_deliveries_are_no_cue(language, text):
    assert not cue_spans(compiled(language), text, "starts_later")
