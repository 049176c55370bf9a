"""A shareholder noun in a relative clause, its company named only by the relative ("Brixo, of which
it is the largest shareholder") or by a possessive ("Norvik, which is also its largest shareholder").
Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.shareholder_relatives import shareholder_relatives

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik has tightened its ties with Brixo, of which it is the largest shareholder."),
    ("it", "Norvik ha rafforzato i legami con Brixo, di cui è primo azionista con circa il 25%."),
    ("fr", "Le groupe Norvik a resserré ses liens avec Brixo, dont il est le premier actionnaire."),
    ("es", "Norvik ha estrechado sus lazos con Brixo, de la que es el primer accionista."),
    ("de", "Norvik hat die Bande zu Brixo gestärkt, dessen größter Aktionär der Konzern ist."),
])
def test_of_which_it_is_the_largest_shareholder(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo has a major customer in Norvik, which is also its largest shareholder."),
    ("it", "Brixo vende motori a Norvik, che è anche il suo primo azionista con il 22% delle quote."),
    ("fr", "Brixo compte un gros client, Norvik, qui est aussi son premier actionnaire."),
    ("es", "Brixo tiene un gran cliente en Norvik, que es también su primer accionista."),
    ("de", "Brixo hat einen großen Kunden in Norvik, der zugleich sein größter Aktionär ist."),
])
def test_which_is_its_largest_shareholder(lang, text):
    assert ("invests_in", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_controlling_past_holder_owned_and_ended():
    assert ("owns", "Norvik", "Brixo", "ended") in _rels("Brixo signed with Norvik, which was its controlling shareholder until 2020.", "en")


def test_share_over_half_is_ownership():
    text = "Brixo vende motori a Norvik, che è anche il suo primo azionista con il 60% delle quote."
    assert ("owns", "Norvik", "Brixo", "active") in _rels(text, "it")


def test_people_are_no_holder():
    text = "Norvik ha rafforzato i legami con Brixo, di cui la famiglia Rossi è il primo azionista."
    spans = [(text.index(n), text.index(n) + len(n), n) for n in ("Norvik", "Brixo")]
    assert shareholder_relatives(text, spans, "it") == []
