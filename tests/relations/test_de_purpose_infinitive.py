"""German purpose clauses ("…, um Y … zu beliefern"): the infinitive has the main clause's subject
whatever the main clause tells (a contract signed, a plant built), not only a plan or an agreement.
Made-up companies and sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Kelvara", "Brixo", "Norvik"]


def _triples(sentence):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language="de"))}


@pytest.mark.parametrize("sentence", [
    "Kelvara hat im Mai einen Vertrag unterzeichnet, um Brixo ab 2027 mit Anodenmaterial zu beliefern.",
    "Kelvara errichtet eine zweite Halle in Pilsen, um Brixo mit Batteriezellen zu beliefern.",
])
def test_purpose_infinitive_has_the_main_subject(sentence):
    assert ("supplies", "Kelvara", "Brixo") in _triples(sentence)


def test_a_subject_inside_the_clause_stays_its_own():
    # "damit" opens a clause with a subject of its own: no purpose infinitive
    got = _triples("Kelvara baut ein Werk in Pilsen, damit Norvik Brixo mit Zellen beliefern kann.")
    assert ("supplies", "Kelvara", "Brixo") not in got
