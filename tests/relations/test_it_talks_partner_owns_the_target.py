"""Italian: talks with a partner to buy a third company name the partner as the one that holds it now:
"X è in trattativa con Y per rilevare il controllo di Z" -> Y owns Z. Invented companies (Almara,
Brixo, Kelda) and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language="it"))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("text", [
    "Secondo indiscrezioni, Almara sarebbe in trattativa con Brixo per rilevare il controllo di Kelda.",
    "Almara è in trattativa con Brixo per acquisire Kelda.",
    "Almara tratta con Brixo per comprare Kelda entro l'estate.",
])
def test_the_partner_asked_to_sell_owns_the_company(text):
    got = _rels(text)
    assert any(r[0] == "acquires" and r[1:3] == ("Almara", "Kelda") for r in got)
    assert ("owns", "Brixo", "Kelda", "active") in got


@pytest.mark.parametrize("text", [
    # a co-bidder, not a seller
    "Almara è in trattativa con Brixo per rilevare insieme Kelda.",
    "Almara è in trattativa con Brixo per acquisire in cordata Kelda.",
    # a stake, not the company: the partner may hold only part of it
    "Almara è in trattativa con Brixo per rilevare una quota di Kelda.",
])
def test_no_owner_for_a_co_bidder_or_a_stake(text):
    got = _rels(text)
    assert not any(r[0] == "owns" and r[1:3] == ("Brixo", "Kelda") for r in got)
