"""Investors named in a relative on a funding round after its lead ("a round led by Norvik, in which
Kelda and Torlan also took part"): each invests, the lead too. The lead's name inside the round's
phrase does not block the relative's trigger, and the round's verb that read the lead does not hide
the relative. German tells the relative with its verb last ("an der sich auch A und B beteiligten").
Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda", "Torlan")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo closed a 30 million round led by Norvik, in which Kelda and Torlan also took part."),
    ("en", "Brixo closed a 30 million round led by Norvik, which also included Kelda and Torlan."),
    ("es", "Brixo ha logrado una ronda de 12 millones liderada por Norvik, en la que también han entrado Kelda y Torlan."),
    ("fr", "Brixo a conclu une levée de 140 millions menée par Norvik, à laquelle ont participé Kelda et Torlan."),
    ("it", "Brixo ha chiuso un round da 30 milioni guidato da Norvik, al quale hanno partecipato anche Kelda e Torlan."),
])
def test_round_relative_after_its_lead(lang, text):
    rels = _rels(text, lang)
    for investor in ("Norvik", "Kelda", "Torlan"):
        assert ("invests_in", investor, "Brixo", "active") in rels


@pytest.mark.parametrize("text", [
    "Brixo hat eine Finanzierungsrunde abgeschlossen, an der sich auch Kelda und Torlan beteiligten.",
    "Brixo hat eine Finanzierungsrunde über 30 Millionen Euro abgeschlossen, an der sich Kelda beteiligt hat.",
])
def test_german_round_relative_verb_last(text):
    rels = _rels(text, "de")
    assert ("invests_in", "Kelda", "Brixo", "active") in rels
    assert not {r for r in rels if r[1] == "Brixo"}

