"""A pair said to have formed no joint company, in a sentence that tells their cooperation, are
partners in effect (relations/no_venture_partners.py, the guidelines' rule); a denial of a reported
venture, or a venture planned and given up, stays a venture. Made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Korvan", "Maltrix"]


def _ties(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return {(r.type, frozenset((r.source, r.target)), r.status) for r in doc.relations}


_PAIR = frozenset(_NAMES)


@pytest.mark.parametrize("text, language", [
    ("La colaboración entre ambos grupos es un acuerdo tecnológico: Korvan y Maltrix no han constituido "
     "ninguna sociedad conjunta.", "es"),
    ("La collaborazione tra i due gruppi è tecnologica: Korvan e Maltrix non hanno costituito alcuna società comune.", "it"),
    ("Their cooperation is purely technical: Korvan and Maltrix have not set up any joint venture.", "en"),
])
def test_no_joint_company_beside_a_cooperation_is_a_partnership(text, language):
    got = _ties(text, language)
    assert ("partners_with", _PAIR, "active") in got, got
    assert not any(t == "joint_venture" for t, _p, _s in got), got


@pytest.mark.parametrize("text, language", [
    # a denial of a reported venture
    ("Korvan denied that it would form a joint venture with Maltrix.", "en"),
    ("Korvan desmiente que vaya a crear una empresa conjunta con Maltrix.", "es"),
    # a venture planned and given up: an ended plan
    ("L'intesa arriva dopo che Korvan ha rinunciato al progetto di joint venture con Maltrix: le due società "
     "hanno archiviato il piano senza dar vita alla società comune.", "it"),
])
def test_a_denied_or_abandoned_venture_stays_a_venture(text, language):
    got = _ties(text, language)
    assert any(t == "joint_venture" and p == _PAIR for t, p, _s in got), got
    assert not any(t == "partners_with" for t, _p, _s in got), got


def test_a_venture_formed_stays_a_venture():
    got = _ties("La collaborazione prosegue: Korvan e Maltrix hanno costituito una società comune per le celle.", "it")
    assert any(t == "joint_venture" and p == _PAIR for t, p, _s in got), got
