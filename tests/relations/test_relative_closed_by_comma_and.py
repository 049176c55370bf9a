"""A name after the comma and conjunction that close a relative clause joins the relative's
antecedent, not the relative's object: "Norvik, which held a fifth of Brixo, and Kelda" names no
stake of Norvik in Kelda. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _pairs(text, lang):
    coref = {"the company": "Brixo"} if "the company" in text else None
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Brixo", "Kelda") if n in text], language=lang, coref=coref))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo's collapse left losses for its backers, including Norvik, which held about a fifth of the company, and Kelda."),
    ("fr", "La faillite a coûté cher à Norvik, qui détenait 20 % de Brixo, et Kelda."),
    ("fr", "Norvik, qui détient 20 % de Brixo, et Kelda, un autre actionnaire, ont tout perdu."),
])
def test_name_after_closed_relative_is_no_stake(lang, text):
    got = _pairs(text, lang)
    assert any(t == "invests_in" and s == "Norvik" and g == "Brixo" for t, s, g in got)
    assert not any(s == "Norvik" and g == "Kelda" for _, s, g in got)


def test_plain_list_of_two_still_joined():
    got = _pairs("Norvik holds stakes in Brixo and Kelda.", "en")
    assert ("invests_in", "Norvik", "Brixo") in got and ("invests_in", "Norvik", "Kelda") in got
