"""Round 16 (enR): a customer added to a supplier's order book or customer list is its customer
("Korvan has added Maltrix and Delvo to its order book"): the subject supplies each company named
between the verb and the book. Made-up companies, all five languages."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _pairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Korvan has added Maltrix and Delvo to its order book for 2028."),
    ("en", "Korvan, a maker of brake discs, keeps adding carmakers such as Maltrix and Delvo to its customer list."),
    ("en", "Last year Korvan added Maltrix and Delvo to its list of truck customers."),
    ("fr", "Korvan a ajouté Maltrix et Delvo à son carnet de commandes l'an dernier."),
    ("it", "Korvan ha aggiunto Maltrix e Delvo al proprio portafoglio clienti nel 2025."),
    ("es", "Korvan ha añadido a Maltrix y Delvo a su cartera de clientes este año."),
    ("de", "Korvan hat im Frühjahr Maltrix und Delvo in seinen Kundenstamm aufgenommen."),
])
def test_customers_added_to_the_books_are_supplied(language, sentence):
    pairs = _pairs(sentence, language)
    assert ("supplies", "Korvan", "Maltrix") in pairs
    assert ("supplies", "Korvan", "Delvo") in pairs


@pytest.mark.parametrize("language, sentence", [
    # a company added to an index or a portfolio of holdings is no customer
    ("en", "Korvan has added Maltrix and Delvo to its watch list of takeover targets."),
    ("en", "The index provider added Maltrix and Delvo to its benchmark, Korvan said."),
    ("fr", "Korvan a ajouté Maltrix et Delvo à son portefeuille de participations."),
    ("it", "Korvan ha aggiunto Maltrix e Delvo al proprio portafoglio di partecipazioni."),
    ("es", "Korvan ha sumado a Maltrix y Delvo a su lista de objetivos."),
    ("de", "Korvan hat Maltrix und Delvo in seinen Aufsichtsrat aufgenommen."),
])
def test_other_lists_name_no_customer(language, sentence):
    assert not {p for p in _pairs(sentence, language) if p[0] == "supplies"}
