"""A quarter's, a half's or a fiscal year's code before an all-capitals name ("in Q4 KELV delivered",
"H2 VARN") is no model code: the name after it is no model's trim. After a carmaker's name the code
is a model ("Vexa Q4 GTS"). Invented names; the carmaker is handed in as a known mention."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.entities.model_names import drop_model_names


def _found(text: str, name: str) -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, "COMPANY", name, 0, "pattern", {"known": False})


def _carmaker(text: str, name: str) -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, "COMPANY", name, 0, "gazetteer", {"known": True, "sectors": ["carmaker"]})


@pytest.mark.parametrize(
    "text",
    [
        "In Q4 KELV delivered 2,000 packs to the plant.",
        "In H2 VARN will ship the first cells.",
        "FY25 BRIX results beat the guidance.",
    ],
)
def test_a_period_code_before_a_name_leaves_it_a_company(text):
    name = next(w for w in text.split() if w.isupper() and w.isalpha() and len(w) > 2)
    m = _found(text, name)
    assert drop_model_names(text, [m]) == [m]


def test_after_a_carmaker_the_code_is_a_model_and_the_name_its_trim():
    text = "The cells of the Vexa Q4 GTS come from the plant."
    maker, trim = _carmaker(text, "Vexa"), _found(text, "GTS")
    assert drop_model_names(text, [maker, trim]) == [maker]


def test_a_model_code_still_makes_the_name_a_trim():
    text = "The cells of the R7 GTS come from the plant."
    assert drop_model_names(text, [_found(text, "GTS")]) == []
