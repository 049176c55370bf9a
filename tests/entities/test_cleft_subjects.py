"""The Italian cleft names the doer last: "A fornire le celle a Stellantis sarà CATL". The company
after the copula gets a zero-width mention before the opening infinitive (entities/implied.py,
``find_cleft_subjects``), so the frames read it as the subject. Sentences written for the test."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == "it"
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text, expected", [
    ("A fornire le celle a Stellantis sarà CATL.", ("supplies", "CATL", "Stellantis")),
    ("A fornire i freni alla Ferrari sarà ancora una volta Brembo.", ("supplies", "Brembo", "Ferrari")),
    ("A rilevare Marelli è stata KKR.", ("acquires", "KKR", "Marelli")),
    ("A rilevare Marelli è stata la statunitense KKR.", ("acquires", "KKR", "Marelli")),
    ("Ad acquistare il 20% di Leapmotor è stata Stellantis.", ("invests_in", "Stellantis", "Leapmotor")),
])
def test_cleft_subject_is_read(text, expected):
    assert expected in rels(text)


@pytest.mark.parametrize("text", [
    "A spiegarlo è stato il direttore di Stellantis.",
    "A Torino Stellantis fornirà auto a Leasys.",
])
def test_no_cleft_without_a_company_closing_the_sentence(text):
    found = rels(text)
    assert ("supplies", "Leasys", "Stellantis") not in found
