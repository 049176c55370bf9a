"""A sentence opening with a phrase about goods before its subject, no comma between ("Per le batterie
Brixo si affida a Kestrel"): the preposition governs the goods, not the subject after them
(relations/fronted_goods.py). Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest

from .helpers import rels

C = ["Trevano Motori", "Varenna Batterie"]


def _supplies(sentence, language):
    return {(r.source, r.target) for r in rels(sentence, C, language=language) if r.type == "supplies"}


@pytest.mark.parametrize("sentence, language", [
    ("Per le batterie Trevano Motori si affida a Varenna Batterie.", "it"),
    ("Per le celle Trevano Motori ha scelto Varenna Batterie come fornitore.", "it"),
    ("Para las baterías Trevano Motori confía en Varenna Batterie.", "es"),
])
def test_the_subject_after_fronted_goods_is_the_customer(sentence, language):
    assert ("Varenna Batterie", "Trevano Motori") in _supplies(sentence, language)


@pytest.mark.parametrize("sentence", [
    # "per" governs the company: a purpose for the customer, not a fronted phrase
    "Per Trevano Motori le batterie arrivano da Varenna Batterie.",
    # a name after the preposition with no goods between
    "Per conto di Trevano Motori Varenna Batterie ha consegnato i campioni.",
])
def test_a_preposition_before_the_name_itself_still_governs_it(sentence):
    from tierscope.relations.fronted_goods import fronted_goods
    name = sentence.index("Trevano")
    assert not fronted_goods(sentence, sentence.split()[0], 0, name)
