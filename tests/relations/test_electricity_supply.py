"""Electricity is goods: a company that buys power from a utility is its customer, not its buyer
("Milence kauft Windstrom von Statkraft" is no takeover). Invented companies (Almara, Brixo)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.products import products_in

from .helpers import make_doc


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo"], language=lang))
    return sorted((r.type, r.source, r.target) for r in doc.relations)


@pytest.mark.parametrize("text", [
    "buys wind power from", "renewable electricity", "kauft Windstrom", "liefert Ökostrom", "Strom",
    "energia eolica", "elettricità", "électricité", "énergie renouvelable", "energía eólica", "electricidad",
])
def test_power_words_name_electricity(text):
    assert [name for _, name in products_in(text)] == ["electricity"]


@pytest.mark.parametrize("text", ["Stromspeicher", "power semiconductors", "purchasing power", "Stromausfall"])
def test_other_words_with_power_in_them_are_not_electricity(text):
    assert "electricity" not in [name for _, name in products_in(text)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Almara kauft Windstrom von Brixo."),
    ("en", "Almara buys wind power from Brixo under a ten-year contract."),
])
def test_buying_power_from_a_company_is_supply(lang, text):
    got = _rels(text, lang)
    assert ("supplies", "Brixo", "Almara") in got
    assert not any(t == "acquires" for t, _s, _t in got)
