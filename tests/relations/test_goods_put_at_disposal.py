"""Goods provided to a customer: German "X stellt Y ... bereit" (the separable "bereit" closing the clause
after the customer and the goods) and "bereitstellen", French "mettre à (la) disposition de Y", Italian
"mettere a disposizione di Y", Spanish "poner a disposición de Y" (English "provide" is read elsewhere).
Goods must be named: money, staff or labs put at one's disposal are no supply. Made-up companies and
sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Kelvara", "Brixo"]


def _supplies(sentence, language):
    return {(s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language)) if t == "supplies"}


@pytest.mark.parametrize("sentence, language, status", [
    ("Kelvara stellt Brixo seit dem Frühjahr Kathodenmaterial bereit.", "de", "active"),
    ("Kelvara stellt dem Lkw-Bauer Brixo ab 2027 grünen Wasserstoff bereit.", "de", "announced"),
    ("Kelvara wird Brixo ab 2027 Batteriezellen bereitstellen.", "de", "announced"),
    ("Kelvara mettra à la disposition de Brixo des cellules de batterie dès 2027.", "fr", "announced"),
    ("Kelvara metterà a disposizione di Brixo celle per batterie dal 2027.", "it", "announced"),
    ("Kelvara pondrá a disposición de Brixo celdas de batería a partir de 2027.", "es", "announced"),
])
def test_goods_put_at_disposal_are_supplied(sentence, language, status):
    assert _supplies(sentence, language) == {("Kelvara", "Brixo", status)}


@pytest.mark.parametrize("sentence, language", [
    ("Kelvara stellt 2 Milliarden Euro für Brixo bereit.", "de"),
    ("Kelvara stellt Brixo einen neuen Vorstand vor.", "de"),
    ("Kelvara hat sich bereit erklärt, Brixo zu helfen.", "de"),
    ("Kelvara ha messo a disposizione di Brixo i suoi laboratori.", "it"),
    ("Kelvara a mis à la disposition de Brixo une équipe d'ingénieurs.", "fr"),
])
def test_no_goods_no_supply(sentence, language):
    assert _supplies(sentence, language) == set()
