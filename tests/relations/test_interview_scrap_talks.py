"""An interviewee's talks about taking a partner's scrap are not talks to sell it goods: the partner
supplies (``interview_talks`` leaves them to the talks frame, ``lexicon._shared.TAKING_WASTE``). Real
company names for the chain's rungs, invented interviews."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_HEAD = {
    "en": ("INTERVIEW\n\n\"Scrap is our raw material\": Umicore chief executive on the year ahead\n\n"
           "By Tom Reed | 4 May 2026\n\nMs Lind, who sends you material?\n\n"),
    "it": ("INTERVISTA\n\nIl responsabile del riciclo di Umicore: «Cresciamo in Europa»\n\n"
           "Chi vi manda il materiale?\n\n"),
}


@pytest.mark.parametrize("language, answer", [
    ("en", "Yes, we are in talks with Northvolt about taking back scrap from Skellefteå."),
    ("it", "Sì, siamo in trattativa con Northvolt per ritirare gli scarti di produzione della sua fabbrica."),
])
def test_talks_about_the_partners_scrap(language, answer):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=_HEAD[language] + answer))
    assert doc.language == language
    got = {(r.source, r.target) for r in doc.relations if r.type == "supplies"}
    assert ("Umicore", "Northvolt") not in got, got
    assert ("Northvolt", "Umicore") in got, got
