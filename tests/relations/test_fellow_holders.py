"""Two holders of one company are not, on that ground, each other's holder (relations/fellow_holders.py)."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.fellow_holders import drop_fellow_holders

from .helpers import make_doc, rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _stakes(relations):
    return {(r.source, r.target) for r in relations if r.type in ("owns", "invests_in")}


@pytest.mark.parametrize("text, language", [
    ("Brakon, which owns roughly 18% of Quarda, and Selvio, another sizeable shareholder, declined to comment on the sale.", "en"),
    ("Quarda, controlada por el fondo soberano Brakon y con el fondo Selvio como accionista minoritario, prevé 1.800 puntos de carga.", "es"),
    ("Quarda, contrôlée par le fonds Brakon et dont le fonds Selvio est actionnaire minoritaire, prévoit 1 800 bornes.", "fr"),
    ("Quarda, controllata dal fondo Brakon e con il fondo Selvio come socio di minoranza, prevede 1.800 colonnine.", "it"),
    ("Quarda, controlled by sovereign fund Brakon and with Selvio as a minority shareholder, plans 1,800 chargers.", "en"),
])
def test_two_holders_of_one_company_hold_no_stake_in_each_other(text, language):
    got = _stakes(rels(text, NAMES, language=language))
    assert ("Brakon", "Quarda") in got
    assert not got & {("Brakon", "Selvio"), ("Selvio", "Brakon")}


@pytest.mark.parametrize("text, language", [
    ("Brakon, which holds 21% of Quarda, is also a shareholder of Selvio.", "en"),
    ("Brakon, das 30 Prozent an Quarda hält, ist auch Aktionär von Selvio.", "de"),
])
def test_a_holder_named_as_shareholder_of_another_company_keeps_that_stake(text, language):
    assert ("Brakon", "Selvio") in _stakes(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text, language", [
    ("Brakon, qui contrôle Quarda, est aussi actionnaire de Selvio.", "fr"),
    ("Brakon, che controlla Quarda, è anche azionista di Selvio.", "it"),
    ("Brakon, que controla Quarda, es también accionista de Selvio.", "es"),
])
def test_the_filter_keeps_a_stake_named_after_the_noun(text, language):
    # (the filter alone, on the readings a reader should give: the name after "actionnaire de" is held)
    doc = make_doc(text, NAMES, language=language)
    s = doc.sentences[0]
    ev = Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end)
    held = Relation(type="owns", source="Brakon", target="Quarda", status="active", evidence=ev)
    stake = Relation(type="invests_in", source="Brakon", target="Selvio", status="active", evidence=ev)
    assert drop_fellow_holders([held, stake], doc) == [held, stake]
