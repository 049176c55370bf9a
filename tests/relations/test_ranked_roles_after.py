"""A main customer or supplier named with its rank after the noun and a copula, the owner being the
company of the sentence before ("Il cliente principale è Y", "Le client principal est Y", "El cliente
principal es Y"; a time may open: "Oggi il cliente principale è Y"), as "Il primo cliente è Y" is read
(relations/members.py ``_RANKED_OPEN``). Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest

from .helpers import rels

C = ["Varenna Batterie", "Grifone Veicoli"]


def _supplies(text, language):
    return {(r.source, r.target) for r in rels(text, C, language=language) if r.type == "supplies"}


@pytest.mark.parametrize("text, language, pair", [
    ("Varenna Batterie ha aperto una fabbrica a Pavia. Il cliente principale è Grifone Veicoli.", "it",
     ("Varenna Batterie", "Grifone Veicoli")),
    ("Varenna Batterie ha aperto una fabbrica a Pavia. Oggi il cliente principale è Grifone Veicoli, che monta "
     "le celle sui furgoni.", "it", ("Varenna Batterie", "Grifone Veicoli")),
    ("Varenna Batterie ha aperto una fabbrica a Pavia. Il fornitore più importante è Grifone Veicoli.", "it",
     ("Grifone Veicoli", "Varenna Batterie")),
    ("Varenna Batterie a ouvert une usine à Lyon. Le client principal est Grifone Veicoli.", "fr",
     ("Varenna Batterie", "Grifone Veicoli")),
    ("Varenna Batterie abrió una fábrica en Vigo. El cliente principal es Grifone Veicoli.", "es",
     ("Varenna Batterie", "Grifone Veicoli")),
])
def test_a_ranked_role_after_its_noun_names_the_other_party(text, language, pair):
    assert pair in _supplies(text, language)


def test_an_adjective_that_is_no_rank_reads_nothing():
    # "the German customer is Y": which customer of whose is not said
    text = "Varenna Batterie ha aperto una fabbrica a Pavia. Il cliente tedesco è Grifone Veicoli."
    assert ("Varenna Batterie", "Grifone Veicoli") not in _supplies(text, "it")
