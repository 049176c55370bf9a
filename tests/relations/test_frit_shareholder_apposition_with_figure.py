"""A shareholder told in an apposition with its stake ("Kelda, prima azionista di Almara con una quota
di circa il 24%, è rimasta invariata"), after another clause with a figure ("Brixo ha perso l'1,1% e
..."): the name after "of" is the company held, not the subject of a second clause that leaves out
its verb ("..., Kestrel 27%"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Brixo ha perso l'1,1% e Kelda, prima azionista di Almara con una quota di circa il 24%, è rimasta invariata."),
    ("it", "In Borsa Almara ha chiuso in rialzo dello 0,8%, mentre Brixo ha perso l'1,1% e Kelda, primo azionista di Almara con il 24%, è rimasta ferma."),
    ("fr", "Brixo a perdu 1,1 % et Kelda, premier actionnaire d'Almara avec environ 24 % du capital, est restée stable."),
])
def test_the_shareholder_in_apposition_holds_the_company_named_with_of(language, text):
    assert _rels(text, language).get(("invests_in", "Kelda", "Almara")) == "active"


def test_a_name_left_without_its_verb_is_still_a_clause_of_its_own():
    # "..., Brixo 20%": Brixo holds 20% of Almara too, and is no partner of Kelda
    got = _rels("Kelda detiene il 37% di Almara, Brixo il 20%.", "it")
    assert ("invests_in", "Kelda", "Almara") in got
    assert not any("Brixo" in k and "Kelda" in k for k in got)
