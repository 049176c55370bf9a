"""English funding rounds told by their series alone ("raised $40 million in a Series B led by Y", "led the
Series B of Y"), taking part in a company's round ("took part in X's latest funding round"), and one of a
company's investors named by its possessive ("Y is one of X's investors", "one of X's early backers").
"Investors" with no company's possessive names no tie. Invented companies."""

from __future__ import annotations

import pytest


def _stakes(doc):
    return {(r.source, r.target) for r in doc.relations if r.type == "invests_in"}


@pytest.mark.parametrize("text", [
    "Brindle Cells raised $40 million in a Series B led by Harrowgate Capital.",
    "Harrowgate Capital led the Series B of Brindle Cells.",
    "Harrowgate Capital took part in Brindle Cells' latest funding round.",
    "Harrowgate Capital participated in Brindle Cells' Series C.",
    "Harrowgate Capital is one of Brindle Cells' investors.",
    "Harrowgate Capital remains one of Brindle Cells' early backers.",
])
def test_a_round_or_an_investor_of_a_company_is_read(text, read_page):
    assert ("Harrowgate Capital", "Brindle Cells") in _stakes(read_page(text, "en"))


@pytest.mark.parametrize("text", [
    "Harrowgate Capital is one of Europe's largest investors.",
    "Harrowgate Capital raised questions in a series of letters to Brindle Cells.",
])
def test_no_round_and_no_company_possessive_is_no_stake(text, read_page):
    assert not _stakes(read_page(text, "en"))
