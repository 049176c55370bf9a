"""English talks told as a state ("Talks are under way between A and B on a supply contract",
"talks were still ongoing"): in talks; and a maker named by its cathodes or anodes ("Quillan
Cathodes is holding talks ...") is a company wherever it stands. Invented companies."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Talks are under way between Quillan Cathodes and Ardelis Batteries on a supply contract.",
    "Quillan Cathodes is holding talks with Ardelis Batteries over a cell supply deal.",
    "Talks were still ongoing last week between Quillan Cathodes and Ardelis Batteries for a supply contract.",
])
def test_talks_under_way_are_in_talks(text, read_page):
    doc = read_page(text, "en")
    assert {(r.type, r.source, r.target): r.status for r in doc.relations} == {
        ("supplies", "Quillan Cathodes", "Ardelis Batteries"): "in_talks"}
