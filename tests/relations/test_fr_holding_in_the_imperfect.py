"""French: a stake told in the imperfect ("X, qui détenait près de 25 % du capital de Y depuis 2017, a
apporté ses titres à l'offre", "X détenait la majorité de Y") is a holding given up since: ended.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Kelda"], language="fr"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text,typ", [
    ("Kelda, qui détenait près de 25 % du capital d'Almara depuis 2017, a apporté l'ensemble de ses titres à l'offre.", "invests_in"),
    ("Kelda détenait environ 21 % du capital d'Almara avant sa faillite.", "invests_in"),
    ("Kelda détenait la majorité d'Almara jusqu'à la vente.", "owns"),
])
def test_a_stake_in_the_imperfect_is_ended(text, typ):
    assert _rels(text)[(typ, "Kelda", "Almara")] == "ended"


def test_a_stake_in_the_present_stays_active():
    assert _rels("Kelda détient près de 25 % du capital d'Almara.")[("invests_in", "Kelda", "Almara")] == "active"


def test_the_imperfect_without_a_share_is_no_stake():
    assert not _rels("Kelda détenait alors le record de ventes devant Almara.")
