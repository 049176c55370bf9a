"""A new customer told beside the customers a supplier has already (relations/customer_companions.py):
the companions buy from it too, and are no partners of each other. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Brixo"]


def _found(sentence, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("The contract gives Maltrix a third customer alongside Korvan and Delvo.", "en"),
    ("Maltrix now has a fourth customer besides Korvan and Delvo.", "en"),
    ("Maltrix compte désormais un troisième client aux côtés de Korvan et de Delvo.", "fr"),
    ("Maltrix gewinnt damit neben Korvan und Delvo einen dritten Kunden.", "de"),
    ("L'accordo dà a Maltrix un terzo cliente accanto a Korvan e Delvo.", "it"),
    ("El acuerdo da a Maltrix un tercer cliente junto a Korvan y Delvo.", "es"),
])
def test_companions_of_a_new_customer_are_customers(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan", "active") in found
    assert ("supplies", "Maltrix", "Delvo", "active") in found
    assert not any(t == "partners_with" for t, _s, _d, _st in found)


@pytest.mark.parametrize("sentence, language", [
    # no customer noun: working alongside a company is no sale
    ("Maltrix builds cells with Korvan alongside Delvo.", "en"),
    # a first customer has no companions
    ("Maltrix signed its first customer, Korvan, after talks with Delvo.", "en"),
])
def test_no_new_customer_no_companions(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Delvo") not in {(t, s, d) for t, s, d, _st in found}
