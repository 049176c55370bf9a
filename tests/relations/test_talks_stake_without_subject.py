"""Talks with a partner about a stake in a named company, told with no company holding the talks (a
spokesman confirms them): the partner is the one that would buy in (frames/talks.py,
_stake_without_subject). Invented sentences, made-up companies, five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Talvora", "Brisken Materials")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang, text", [
    ("de", "Eine Konzernsprecherin bestätigte Verhandlungen mit dem Rohstoffhändler Talvora über eine "
           "Minderheitsbeteiligung an Brisken Materials, wo die Kathodenfertigung gebündelt ist."),
    ("en", "A spokesman confirmed talks with the trading house Talvora about a minority stake in Brisken Materials."),
    ("fr", "Un porte-parole a confirmé des discussions avec le groupe japonais Talvora sur une participation dans "
           "Brisken Materials."),
    ("it", "Un portavoce ha confermato trattative con la società commerciale Talvora per una partecipazione in "
           "Brisken Materials."),
    ("es", "Un portavoz confirmó negociaciones con la comercializadora Talvora sobre una participación en "
           "Brisken Materials."),
])
def test_the_partner_buys_into_the_company_named_after_the_stake(lang, text):
    assert ("invests_in", "Talvora", "Brisken Materials", "in_talks") in _rels(text, lang)


@pytest.mark.parametrize("lang, text", [
    # a sale: who sells is not told
    ("de", "Ein Sprecher bestätigte Gespräche mit Talvora über den Verkauf von Anteilen an Brisken Materials."),
    # no company after the stake: nothing to buy into
    ("en", "A spokesman confirmed talks with Talvora about a stake, without naming the company."),
])
def test_no_stake_read(lang, text):
    assert not any(r[0] in ("invests_in", "acquires") and r[1] == "Talvora" for r in _rels(text, lang))
