"""What the whole-pipeline news-shape tests share (``test_en_news_shapes.py``, ``test_fr_news_shapes.py``,
``test_it_news_shapes.py``): a case is a text, its relations ``(type, source, target, status or
statuses)`` and its plants ``(owner, place)``; the page must hold exactly those relations (names compared
as the evaluator normalises them, symmetric types in either order), each with an accepted status, and
those plants. Cases not read yet are strict xfails, so a case that starts passing must lose its mark."""

from __future__ import annotations

import pytest

from tierscope.doc import SYMMETRIC_TYPES
from tierscope.eval.match import normalise_company


def shape_params(cases, not_yet: set[str]) -> list:
    """The cases as pytest parameters, those whose text is in ``not_yet`` marked strict xfail."""
    return [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if case[0] in not_yet else case
            for case in cases]


def _key(kind, source, target):
    a, b = normalise_company(source), normalise_company(target)
    return (kind, *sorted((a, b))) if kind in SYMMETRIC_TYPES else (kind, a, b)


def assert_reads(doc, relations, plants) -> None:
    got = {_key(r.type, r.source, r.target): r.status for r in doc.relations}
    want = {}
    for kind, source, target, statuses in relations:
        want[_key(kind, source, target)] = (statuses,) if isinstance(statuses, str) else statuses
    assert set(got) == set(want)
    assert all(got[k] in want[k] for k in want)
    for owner, place in plants:
        assert any(f.owner and normalise_company(f.owner) == normalise_company(owner) and place in (f.location or "")
                   for f in doc.facilities)
