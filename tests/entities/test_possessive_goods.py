"""A possessive opening a sentence before goods a passive of supplying tells of (entities/possessive_goods.py:
"Sus cargadores son suministrados por Y") stands for the company that opens the sentence before: Y supplies
it. Real companies, sentences written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _doc(text, language):
    return _RX(run(text, language))


@pytest.mark.parametrize("language, text, word", [
    ("es", "Ionity opera ya 40 estaciones en España. Sus cargadores rápidos son suministrados por la austriaca Alpitronic.", "Sus"),
    ("fr", "Ionity exploite déjà 40 stations en France. Ses bornes rapides sont fournies par l'autrichien Alpitronic.", "Ses"),
    ("it", "Ionity gestisce già 40 stazioni in Italia. I suoi caricatori rapidi sono forniti dall'altoatesina Alpitronic.", "I suoi"),
])
def test_the_possessive_before_supplied_goods_is_the_company_before(language, text, word):
    doc = _doc(text, language)
    assert [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.text == word] == ["Ionity"]
    assert ("supplies", "Alpitronic", "Ionity") in {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text, word", [
    # a company named before the verb: the goods may be its own
    ("es", "Ionity opera ya 40 estaciones en España. Sus cargadores de Tesla son suministrados por Alpitronic.", "Sus"),
    # no agent named after the verb
    ("fr", "Ionity exploite déjà 40 stations en France. Ses bornes sont fournies par un fabricant autrichien.", "Ses"),
])
def test_no_reading_without_a_clear_agent(language, text, word):
    doc = _doc(text, language)
    assert not [m for m in doc.mentions if m.label == "COMPANY" and m.text == word]
