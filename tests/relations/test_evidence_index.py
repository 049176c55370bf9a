"""``evidence_names.in_evidence`` takes a relation's company mentions from the page's by bisection
where they are in order of their starts: the same mentions, in the same order, as the walk over all."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tierscope.doc import Document, Evidence, Mention
from tierscope.relations.evidence_names import in_evidence, named_companies


def _doc(starts: list[int]) -> Document:
    doc = Document(id="t", source="t.txt", text="x" * 400)
    doc.mentions = [Mention(label="COMPANY", start=s, end=s + 5, text="xxxxx", canonical=f"C{k}")
                    for k, s in enumerate(starts)]
    return doc


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 300), max_size=12), st.booleans(), st.integers(0, 300), st.integers(0, 120))
def test_in_evidence_is_the_walk(starts, ordered, lo, width):
    doc = _doc(sorted(starts) if ordered else starts)
    companies = named_companies(doc)
    ev = Evidence(text="", start=lo, end=lo + width)
    assert in_evidence(companies, ev) == [m for m in companies if ev.start <= m.start < ev.end]
    assert in_evidence(list(companies), ev) == [m for m in companies if ev.start <= m.start < ev.end]


def test_mentions_out_of_order_are_walked():
    companies = named_companies(_doc([50, 10, 30]))
    assert [m.canonical for m in in_evidence(companies, Evidence(text="", start=0, end=40))] == ["C1", "C2"]
