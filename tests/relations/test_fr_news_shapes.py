"""The invented French news shapes of fr_shapes_cases.py read by the whole pipeline: each case's
relations with an accepted status, its plants, and nothing else. Cases the pipeline does not read yet
are marked xfail (strict, so a case that starts passing must lose its mark)."""

from __future__ import annotations

import pytest

from tierscope.doc import SYMMETRIC_TYPES
from tierscope.eval.match import normalise_company

from .fr_shapes_cases import CASES

# not read yet: goods of a chemistry's initials before the customer ("les cellules LFP de Y"), seats (no
# product word) of a customer after a description subject.
_NOT_YET = {
    "Le géant chinois Haldor Power fournira les cellules LFP de Kervan Motors.",
    "Orvault Industries a publié ses résultats annuels. Le groupe fournira aussi les sièges de Kervan Motors.",
}


def _key(kind, source, target):
    a, b = normalise_company(source), normalise_company(target)
    return (kind, *sorted((a, b))) if kind in SYMMETRIC_TYPES else (kind, a, b)


@pytest.mark.parametrize("text, relations, plants", [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if case[0] in _NOT_YET else case for case in CASES
])
def test_french_news_shape(text, relations, plants, read_page):
    doc = read_page(text, "fr")
    got = {_key(r.type, r.source, r.target): r.status for r in doc.relations}
    want = {}
    for kind, source, target, statuses in relations:
        want[_key(kind, source, target)] = (statuses,) if isinstance(statuses, str) else statuses
    assert set(got) == set(want)
    assert all(got[k] in want[k] for k in want)
    for owner, place in plants:
        assert any(f.owner and normalise_company(f.owner) == normalise_company(owner) and place in (f.location or "")
                   for f in doc.facilities)
