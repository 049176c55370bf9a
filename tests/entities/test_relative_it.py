"""English "it" as the subject of a relative clause a preposition opens ("an agreement under which it
supplied cells to Y"), and "it lost" an order: the company the sentences before have as their subject
(entities/relative_it.py, coref._company_pronoun); invented sentences and companies."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("text, company", [
    ("Norvik Cells reported lower sales on Monday. A 2021 agreement under which it supplied cells to Valmera "
     "Motors expired last year.", "Norvik Cells"),
    ("Norvik Cells reported lower sales on Monday. The contract through which it buys lithium from Tarsel "
     "Mining runs to 2030.", "Norvik Cells"),
    ("Norvik Cells reported lower sales on Monday. Tarsel Mining signed an offtake under which it would "
     "provide hydroxide to Valmera Motors.", "Tarsel Mining"),
])
def test_it_after_a_preposition_and_which_is_a_company(text, company):
    assert corefs(run(text, "en")) == [("it", company, 1)]


def test_it_lost_an_order_is_the_company_before():
    doc = run("Norvik Cells was meant to be the answer to its Asian rivals. It lost a large order from "
              "Valmera Motors in 2024.", "en")
    assert corefs(doc) == [("It", "Norvik Cells", 1)]


@pytest.mark.parametrize("text", [
    "Norvik Cells opened a plant in Dorvale. The town in which it sits has 4,000 people.",
    "Norvik Cells opened a plant in Dorvale. The hall, which it said was too small, was closed.",
])
def test_it_in_a_relative_without_a_business_verb_or_preposition_stays_no_company(text):
    assert corefs(run(text, "en")) == []


_PIPELINE = default_pipeline()


@pytest.mark.parametrize("text, tie", [
    ("Norvik Cells reported lower sales on Monday. A 2021 agreement under which it supplied cells to Valmera "
     "Motors expired last year.", ("supplies", "Norvik Cells", "Valmera Motors")),
    ("Norvik Cells was meant to be the answer to its Asian rivals. It lost a large order from Valmera Motors "
     "in 2024.", ("supplies", "Norvik Cells", "Valmera Motors")),
])
def test_the_supply_is_read_with_the_pronoun(text, tie):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert tie in {(r.type, r.source, r.target) for r in doc.relations}
