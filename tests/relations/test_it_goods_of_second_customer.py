"""Italian: a second customer named after its own goods with "di", the supplier and the verb or noun
left out: "X, fornitrice di sensori a Brixo e dei sistemi di illuminazione della Kelda". Invented
companies (Almara, Brixo, Kelda) and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language="it"))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("text", [
    "È proprio Almara, fornitrice di sensori radar a Brixo e dei sistemi di illuminazione della Kelda, a trainare i conti.",
    "Almara fornisce sensori a Brixo e i fari della Kelda.",
    "Almara consegna moduli al gruppo Brixo e delle batterie per i furgoni della Kelda.",
])
def test_the_second_customer_after_its_goods(text):
    got = _rels(text)
    assert ("supplies", "Almara", "Brixo", "active") in got
    assert ("supplies", "Almara", "Kelda", "active") in got


@pytest.mark.parametrize("text", [
    # a clause of its own after "e": a deal, not goods
    "Almara fornisce sensori a Brixo e di recente ha rilevato il controllo della Kelda.",
    # a stake, not goods
    "Almara fornisce sensori a Brixo e delle quote della Kelda.",
    # no goods before the first customer: nothing to share
    "Almara ha venduto a Brixo e delle azioni della Kelda.",
])
def test_no_second_customer_without_goods_of_its_own(text):
    got = _rels(text)
    assert not any(r[0] == "supplies" and r[2] == "Kelda" for r in got)
