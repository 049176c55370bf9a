"""The infinitive of making goods for a customer, after a contract or a plan: "a contract to make
cells for Y", "un contrat pour fabriquer des cellules pour Y", "un accordo per produrre celle per Y", "un
contrato para fabricar celdas para Y" (the lexicons' making triggers took only finite forms there); a
product must be named."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Tessaro", "Corvalis"]


def _rels(text, language):
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, NAMES, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis has won a seven-year deal to make battery modules for Tessaro."),
    ("en", "Corvalis will make the seats for Tessaro from 2028."),
    ("fr", "Corvalis a décroché un contrat de sept ans pour fabriquer des modules de batterie pour Tessaro."),
    ("it", "Corvalis si è aggiudicata un accordo di sette anni per produrre moduli batteria per Tessaro."),
    ("es", "Corvalis ha logrado un contrato de siete años para fabricar módulos de batería para Tessaro."),
])
def test_making_goods_for_a_customer(language, text):
    got = _rels(text, language)
    assert ("supplies", "Corvalis", "Tessaro", "announced") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis cut its workforce to make room for Tessaro at the site."),
    ("fr", "Corvalis a cédé le terrain pour produire plus vite que Tessaro."),
])
def test_no_goods_no_supply(language, text):
    assert not any(t == "supplies" for t, *_ in _rels(text, language))
