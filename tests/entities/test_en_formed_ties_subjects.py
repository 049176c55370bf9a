"""English tells a new tie in the past of forming it: "Perrindale and Voskar formed a joint venture",
"Perrindale has created a unit with Voskar", "Voskar established a venture with ...". A capitalised
name before that verb is a company, as before its present ("form", "create"). Invented companies and
sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run


def _companies(text):
    return {m.canonical for m in run(text, "en").mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("text, names", [
    ("Perrindale and Voskar formed a joint venture in Spain.", {"Perrindale", "Voskar"}),
    ("Perrindale formed a joint venture with Voskar in Spain.", {"Perrindale", "Voskar"}),
    ("Perrindale and Voskar have formed a joint venture.", {"Perrindale", "Voskar"}),
    ("Voskar established a recycling venture with Perrindale last year.", {"Perrindale", "Voskar"}),
])
def test_the_subject_of_a_formed_tie_is_a_company(text, names):
    assert names <= _companies(text)
