"""A buyer of a company's goods is its customer: "one of the biggest buyers of Kestrel's cells",
"l'un des principaux acheteurs des packs de Kestrel", "uno dei principali acquirenti delle celle di
Kestrel", "uno de los mayores compradores de las celdas de Kestrel", "einer der größten Abnehmer der
Zellen von Kestrel". Only goods (a buyer of shares buys a stake). And a negation looked for right
before a trigger is looked for in the sentence, not in a slice of it: "uno de los" holds no "no".
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, lang):
    return sorted((t[1], t[2], t[3]) for t in triples(rels(sentence, ["Brixo", "Kestrel"], language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo is one of the biggest buyers of Kestrel's cells."),
    ("en", "Brixo was a major buyer of Kestrel's lithium."),
    ("fr", "Brixo était l'un des principaux acheteurs des packs de Kestrel."),
    ("it", "Brixo è uno dei principali acquirenti delle celle di Kestrel."),
    ("es", "Brixo es uno de los mayores compradores de las celdas de Kestrel."),
    ("de", "Brixo ist einer der größten Abnehmer der Zellen von Kestrel."),
])
def test_a_buyer_of_a_companys_goods_is_its_customer(lang, sentence):
    assert [(s, t) for s, t, _ in supplies(sentence, lang)] == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo is one of the biggest buyers of Kestrel's shares."),
    ("fr", "Brixo est l'acheteur des actions de Kestrel."),
])
def test_a_buyer_of_shares_is_no_customer(lang, sentence):
    assert supplies(sentence, lang) == []


def test_a_word_ending_in_no_is_no_negation():
    # "uno de los mayores clientes": the slice "no de los mayores" read as "no" before
    assert supplies("Brixo es uno de los mayores clientes de Kestrel.", "es") == [("Kestrel", "Brixo", "active")]
    assert supplies("Kestrel no suministra celdas a Brixo.", "es") == [("Kestrel", "Brixo", "denied")]


def test_a_buyer_of_a_business_unit_is_no_customer():
    assert supplies("Brixo emerged as a buyer of Kestrel's battery unit.", "en") == []
