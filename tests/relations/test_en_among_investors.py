""""Y counts A and B among its investors": the possessive after "among" says whose investors they are, as
"among its shareholders" does; "investors" alone stays no trigger. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel", "Valmera"]


def _invests(text):
    return {(r.source, r.target) for r in rels(text, NAMES) if r.type == "invests_in"}


@pytest.mark.parametrize("text", [
    "Brixo counts Kestrel and Valmera among its investors.",
    "Brixo, which counts Kestrel and Valmera among its backers, opened a second line.",
])
def test_names_counted_among_its_investors_invest(text):
    assert _invests(text) == {("Kestrel", "Brixo"), ("Valmera", "Brixo")}


def test_investors_without_a_possessive_name_no_tie():
    assert not _invests("Brixo and Kestrel have both drawn investors from the Gulf.")
