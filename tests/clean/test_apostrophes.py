"""The typographic apostrophe inside a word is read as the typewriter one (clean/apostrophes.py)."""

from __future__ import annotations

import pytest

from tierscope.clean import Cleaner
from tierscope.clean.apostrophes import straight_apostrophes
from tierscope.doc import Document
from tierscope.pipeline import default_pipeline


def test_inside_a_word_only():
    text = "Ostrel’s unit bought l’usine dell’azienda; she called it ‘a good deal’ and left."
    got = straight_apostrophes(text)
    assert got == "Ostrel's unit bought l'usine dell'azienda; she called it ‘a good deal’ and left."
    assert len(got) == len(text)  # every offset into the text is kept


def test_cleaner_applies_it():
    doc = Cleaner()(Document(id="t", source="t", text="Dravik Motors’s plant in Celje makes vans for Ostrel Group."))
    assert "Dravik Motors's plant" in doc.text


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


@pytest.mark.parametrize("text", [
    "Brennick Motors’s battery unit Solvaro Energy will buy cells from Dravik Cells.",
    "Brennick Motors’s new battery unit Solvaro Energy has opened a plant near Celje.",
])
def test_curly_possessive_reads_as_straight(pipeline, text):
    def rels(t):
        doc = pipeline(Document(id="t", source="t", text=t, language="en"))
        return {(r.type, r.source, r.target) for r in doc.relations}
    curly = rels(text)
    assert ("owns", "Brennick Motors", "Solvaro Energy") in curly
    assert curly == rels(text.replace("’", "'"))
