"""Ends, later starts, running ties and hearsay told in other words (``hedge_cases_more``): the status of
each invented sentence."""

from __future__ import annotations

import pytest

from tierscope.doc import FAMILIES as FAMILY

from .hedge_cases_more import CASES
from .helpers import rels

#: cases whose tie the frames do not read at all (no status to check): an order withdrawn ("withdrew its
#: order for packs from Y"), a sentence in the first person with no company for "we", a purchase in the
#: Spanish imperfect subjunctive ("de que X comprara Y")
UNREAD = {"m-en03", "m-en04", "m-it02", "m-fr02", "m-es02", "m-de02", "m-es06"}


@pytest.mark.parametrize("cid, lang, text, companies, family, status",
                         [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="tie not read"))
                          if c[0] in UNREAD else c for c in CASES], ids=[c[0] for c in CASES])
def test_status_told_in_other_words(cid, lang, text, companies, family, status):
    a, b = companies[0], companies[1]
    got = sorted({r.status for r in rels(text, companies, language=lang)
                  if {r.source, r.target} == {a, b} and FAMILY[r.type] == family})
    assert got == [status]


@pytest.mark.parametrize("lang, text, companies, status", [
    # "plus de" before a length of time is "more than", not "no more"
    ("fr", "Orlanda fournit depuis plus de trois ans des cellules à Pesqueira.", ["Orlanda", "Pesqueira"], "active"),
    # "ne ... plus de" still tells no more deliveries
    ("fr", "Orlanda ne livre plus de cellules à Pesqueira.", ["Orlanda", "Pesqueira"], "ended"),
])
def test_french_plus_de(lang, text, companies, status):
    assert sorted({r.status for r in rels(text, companies, language=lang)}) == [status]
