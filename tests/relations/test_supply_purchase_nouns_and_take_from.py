"""Customer-subject supply sentences the frames missed: the plural purchase noun with the seller's
preposition ("ha aumentato gli acquisti di celle da Y", "ses achats de cellules auprès de Y", "sus
compras de celdas a Y"), as English "its purchases of cells from Y" already read; the French
reflexive "se fournir" in the conditional and the infinitive ("se fournirait auprès de Y"); and
English "take goods from Y" ("agreed to take cells from Y"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("it", "Iveco ha ridotto i suoi acquisti di batterie da Kestrel.", ["Iveco", "Kestrel"], [("Kestrel", "Iveco")]),
    ("it", "Brixo ha raddoppiato gli acquisti di celle da Kestrel nel 2025.", ["Brixo", "Kestrel"], [("Kestrel", "Brixo")]),
    ("fr", "Brixo a doublé ses achats de lithium chez Kestrel.", ["Brixo", "Kestrel"], [("Kestrel", "Brixo")]),
    ("fr", "Brixo a augmenté ses achats de cellules auprès de Kestrel.", ["Brixo", "Kestrel"], [("Kestrel", "Brixo")]),
    ("es", "Brixo ha reducido sus compras de baterías a Kestrel.", ["Brixo", "Kestrel"], [("Kestrel", "Brixo")]),
    ("es", "Brixo aumentará sus compras de celdas a Kestrel el próximo año.", ["Brixo", "Kestrel"], [("Kestrel", "Brixo")]),
])
def test_purchases_from_a_seller(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # shares bought are no goods
    ("it", "Brixo ha concluso gli acquisti di azioni da Kestrel.", ["Brixo", "Kestrel"]),
    ("fr", "Brixo a finalisé ses achats d'actions de Kestrel.", ["Brixo", "Kestrel"]),
    ("es", "Brixo completó las compras de acciones de Kestrel.", ["Brixo", "Kestrel"]),
])
def test_purchases_of_shares_supply_nothing(lang, sentence, companies):
    assert supplies(sentence, companies, lang) == []


@pytest.mark.parametrize("sentence", [
    "Brixo se fournirait auprès de Kestrel pour ses cellules.",
    "Brixo pourrait se fournir auprès de Kestrel en cellules.",
    "Selon la presse, Brixo se fournirait chez Kestrel.",
])
def test_french_reflexive_in_the_conditional_and_infinitive(sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], "fr") == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo has agreed to take cells from Kestrel for a test fleet.", [("Kestrel", "Brixo")]),
    ("Brixo will take lithium hydroxide from Kestrel from 2027.", [("Kestrel", "Brixo")]),
    ("Brixo takes most of its cathode material from Kestrel.", [("Kestrel", "Brixo")]),
    # no goods taken: market share, control, a business unit
    ("Brixo took market share from Kestrel last year.", []),
    ("Brixo took control of the battery business from Kestrel.", []),
    ("Brixo has taken the battery unit from Kestrel.", []),
])
def test_taking_goods_from_a_seller(sentence, expected):
    assert supplies(sentence, ["Brixo", "Kestrel"], "en") == expected
