"""French business-news constructions, on sentences written for these tests with made-up companies
(positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

C = ["Norvik", "Corvalis", "Tessaro", "Vostra", "Hollin Motors"]


def _t(sentence, companies=C, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="fr", **kw))]


def _of(kind, sentence, companies=C, **kw):
    kinds = (kind,) if isinstance(kind, str) else kind
    return [x for x in _t(sentence, companies, **kw) if x[0] in kinds]


# --- a description before a name whose "de" governs a bare noun, not the name ---------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("L'exploitant belge de bornes de recharge Norvik a bouclé une levée de fonds de 90 millions d'euros, "
     "menée par le fonds de pension danois Corvalis.", ("invests_in", "Corvalis", "Norvik", "active")),
    ("Le fonds d'investissement suédois Tessaro s'apprête à racheter Vostra.", ("acquires", "Tessaro", "Vostra", "announced")),
    ("Le spécialiste des moteurs électriques Hollin Motors va racheter Vostra.", ("acquires", "Hollin Motors", "Vostra", "announced")),
])
def test_description_with_its_own_de_before_the_name(sentence, expected):
    assert _of(expected[0], sentence) == [expected]


def test_de_before_a_name_still_governs_it():
    # "la filiale de Norvik": no bare noun after "de", the name is the owner
    assert _of("owns", "Corvalis, la filiale de Norvik, ouvre une usine.") == [("owns", "Norvik", "Corvalis", "active")]


# --- suppliers listed with a repeated "par" ---------------------------------------------------------------

def test_passive_agents_that_repeat_par():
    sentence = "Les modules seront livrés à Norvik par le japonais Corvalis et par l'allemand Tessaro dès 2027."
    assert _of("supplies", sentence) == [
        ("supplies", "Corvalis", "Norvik", "announced"), ("supplies", "Tessaro", "Norvik", "announced")]


def test_a_second_par_in_another_clause_is_no_supplier():
    sentence = "Les modules seront livrés à Norvik par Corvalis, une décision saluée par Tessaro."
    assert _of("supplies", sentence) == [("supplies", "Corvalis", "Norvik", "announced")]


# --- an order won from a customer named before the order noun -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Norvik décroche auprès de Corvalis la plus importante commande de son histoire.",
    "Norvik a annoncé avoir remporté auprès de Corvalis un contrat de 800 millions d'euros.",
    "Norvik obtient un nouveau contrat de Corvalis pour des faisceaux.",
])
def test_order_won_from_a_customer(sentence):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "announced")]


@pytest.mark.parametrize("sentence", [
    # the noun "commande" names the customer after "de": no purchase from it
    "Norvik a reçu la nouvelle commande de Corvalis pour des faisceaux.",
    "Norvik a décroché la plus grosse commande de Corvalis depuis dix ans.",
])
def test_order_noun_is_no_purchase_verb(sentence):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "announced")]


def test_order_verb_still_names_the_supplier():
    assert _of("supplies", "Corvalis commande des faisceaux à Norvik.")[0][1:3] == ("Norvik", "Corvalis")
