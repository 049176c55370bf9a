"""The company whose interest in a purchase is told right before the purchase is the buyer ("an
interest from Norvik in buying Brixo", "un intérêt de Norvik pour racheter Brixo"), not the subject of
the clause around it. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Rumours circulated about an interest from Norvik in buying Brixo."),
    ("fr", "Des rumeurs ont circulé sur un intérêt de Norvik pour racheter Brixo."),
    ("fr", "Des rumeurs évoquent l'intérêt du groupe Norvik pour le rachat de Brixo."),
    ("it", "Secondo alcune fonti c'è un interesse di Norvik per l'acquisizione del controllo di Brixo."),
    ("it", "Circolano voci di un interesse di Norvik per rilevare Brixo."),
    ("es", "Circulan rumores sobre el interés de Norvik por comprar Brixo."),
    ("de", "Berichten zufolge gibt es ein Interesse von Norvik an einer Übernahme von Brixo."),
])
def test_interest_in_a_purchase(lang, text):
    assert ("acquires", "Norvik", "Brixo", "rumoured") in _rels(text, lang)


def test_interest_holder_is_the_buyer_not_the_subject():
    rels = _rels("Kelda desmintió el interés de Norvik en la compra de Brixo.", "es")
    assert ("acquires", "Norvik", "Brixo", "denied") in rels
    assert not {r for r in rels if r[0] == "acquires" and r[1] == "Kelda"}


def test_interest_in_goods_is_no_purchase_of_a_company():
    # no purchase trigger after the purpose word: nothing is bought
    rels = _rels("Norvik has shown an interest from Kelda in its cells.", "en")
    assert not {r for r in rels if r[0] == "acquires"}
