"""A purchase told by a participle in an apposition on the company bought ("Kelda buys its amplifiers
from Brixo, acquired since by Norvik"): Norvik buys Brixo, not the clause's subject, and the verb of
buying before the apposition has no agent of its own (relations/apposed_participles.py). The
participles of absorbing and German "geschluckt", "einverleibt" tell a purchase done. Invented
sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kelda buys its amplifiers from Brixo, acquired since by Norvik."),
    ("fr", "Kelda achète ses amplificateurs à Brixo, absorbé entre-temps par Norvik."),
    ("es", "Kelda compra sus amplificadores a Brixo, absorbida después por Norvik."),
    ("it", "Kelda compra gli amplificatori da Brixo, acquisita nel 2019 da Norvik."),
])
def test_the_name_the_participle_follows_is_bought(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Norvik", "Brixo", "active") in got
    assert not any(r[0] == "acquires" and r[2] == "Kelda" for r in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo, formerly known as Kelda, was bought by Norvik in 2021."),
    ("it", "La Brixo, nata come Kelda, era stata acquisita da Norvik nel 1990."),
])
def test_a_clause_of_its_own_after_the_comma_keeps_its_subject(lang, text):
    got = _rels(text, lang)
    assert ("acquires", "Norvik", "Brixo", "active") in got
    assert not any(r[0] == "acquires" and r[2] == "Kelda" for r in got)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Brixo, absorbé en 2019 par Norvik, concurrence Kelda."),
    ("it", "Brixo, assorbita da Norvik nel 2019, è un concorrente di Kelda."),
    ("es", "Brixo, absorbida en 2017 por Norvik, compite con Kelda."),
    ("de", "Brixo wurde 2019 von Norvik geschluckt."),
    ("de", "Norvik verleibte sich 2019 Brixo ein."),
    ("en", "Brixo, absorbed by Norvik in 2019, competes with Kelda."),
])
def test_an_absorption_told_as_done_is_an_acquisition_in_effect(lang, text):
    assert ("acquires", "Norvik", "Brixo", "active") in _rels(text, lang)


def test_an_absorption_to_come_is_announced():
    assert ("acquires", "Norvik", "Brixo", "announced") in _rels("Brixo será absorbida por Norvik en 2027.", "es")
