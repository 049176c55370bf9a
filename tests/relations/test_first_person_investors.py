"""The interviewee's investors named with its first-person possessive ("one of our investors", "l'un de nos
investisseurs", "uno dei nostri investitori"): the possessive is the noun's owner, as "Brixo's" is, not a
name modifying the noun ("Brixo shares"; frames/deals.py ``_modifies_noun``), and French and Italian name the
investor noun's owner by it (lexicon). Real company names, invented answers."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

from .test_interview_talks import _HEAD

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, answer, investor, company", [
    ("en", "Since 2021 Arkema has been one of our investors.", "Arkema", "Verkor"),
    ("en", "Bpifrance is still one of our early backers.", "Bpifrance", "Verkor"),
    ("fr", "Depuis 2021, Arkema fait partie de nos investisseurs.", "Arkema", "Verkor"),
    ("fr", "Bpifrance est l'un de nos principaux investisseurs.", "Bpifrance", "Verkor"),
    ("it", "Arkema è da tre anni uno dei nostri investitori.", "Arkema", "Verkor"),
    ("it", "Eni è il nostro finanziatore più importante.", "Eni", "Verkor"),
])
def test_our_investors_hold_a_stake_in_the_interviewee(language, answer, investor, company):
    got = rels(_HEAD[language] + answer + "\n", language)
    assert ("invests_in", investor, company) in got
    assert ("invests_in", company, investor) not in got
