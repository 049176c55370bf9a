"""The invented cross-sentence supplies and stakes of cross_sentence_cases.py, read by the default
stages: a deal told in one sentence and its other party in the next. The cases still missed are marked
with why (strict xfail: a fix that reads one must unmark it)."""

from __future__ import annotations

import pytest

from .cross_sentence_cases import CASES, SUPPLY_OR_STAKE

#: still missed, by the opening of their text: what they need
_NOT_YET = {
    "Quillan Automotive needs cells": "goods taken up by a pronoun ('They will come from Y')",
    "Vesta Motori S.p.A. ha bisogno di celle": "goods taken up by a clitic ('Le fornirà Y')",
    "Die Veltin Automobil AG braucht Zellen": "goods taken up by a pronoun ('Sie kommen von Y')",
    "Maréchal Automobiles SA a besoin de cellules": "goods taken up by a pronoun ('Elles viendront de Y')",
    "Ybarra Motor S.A. necesita celdas": "goods taken up by a clitic ('Se las suministrará Y')",
    "Maréchal Automobiles SA lancera": "lone_makers takes no maker the gazetteer does not know (it may be the customer itself)",
    "Ybarra Motor S.A. lanzará": "lone_makers takes no maker the gazetteer does not know (it may be the customer itself)",
    "Brackley Motors Ltd has picked": "'Ostrava Power Systems' is not found as a company (a town opens it)",
    "Die Sommer Stanztechnik GmbH": "'Sommer' is read as a common noun, not part of the name",
    "La Gualtieri Cavi S.r.l.": "a cleft with an infinitive ('A commissionarla è stata Y')",
    "Vesta Motori S.p.A. ha assegnato": "a cleft with an infinitive ('Ad aggiudicarsela è stata Y')",
    "La Bellini Acciai S.p.A.": "'signed with' after an agreement that does not say who sells",
}


def _case_id(case):
    lang, text, exp = case
    return f"{lang}-{text[:28]}"


def _marks(case):
    reason = next((why for start, why in _NOT_YET.items() if case[1].startswith(start)), None)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize("language, text, expected",
                         [pytest.param(*c, id=_case_id(c), marks=_marks(c)) for c in CASES])
def test_cross_sentence_reading(read_page, language, text, expected):
    doc = read_page(text, language)
    got = [(r.type, r.source, r.target) for r in doc.relations]
    if expected is None:
        assert not [g for g in got if g[0] in SUPPLY_OR_STAKE], got
        return
    typ, source, target = expected
    assert any(t == typ and source.lower() in s.lower() and target.lower() in d.lower() for t, s, d in got), got
