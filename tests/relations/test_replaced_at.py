"""A supplier replacing another at a customer named after a preposition (relations/replaced_at.py), in
every language: the new one supplies the customer, the old one's tie ended (or runs on while the change
is still to come). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix replaces Delvo at Korvan.", "en"),
    ("Maltrix has replaced Delvo in the car parks of Korvan.", "en"),
    ("Maltrix remplace Delvo chez Korvan.", "fr"),
    ("Recharge : Maltrix remplace Delvo sur les parkings de Korvan.", "fr"),
    ("Maltrix sostituisce Delvo presso Korvan.", "it"),
    ("Maltrix sostituisce Delvo nei parcheggi di Korvan.", "it"),
    ("Maltrix sustituye a Delvo en Korvan.", "es"),
    ("Maltrix sustituye a Delvo en los aparcamientos de Korvan.", "es"),
    ("Maltrix ersetzt Delvo bei Korvan.", "de"),
    ("Maltrix löst Delvo bei Korvan ab.", "de"),
])
def test_new_supplier_in_old_one_out(sentence, language):
    found = {(t, s, d, st) for t, s, d, st in _found(sentence, language)}
    assert any(f[:3] == ("supplies", "Maltrix", "Korvan") for f in found)
    assert ("supplies", "Delvo", "Korvan", "ended") in found


def test_a_change_to_come_keeps_the_old_tie_running():
    found = _found("Maltrix will replace Delvo at Korvan from 2026.", "en")
    assert ("supplies", "Maltrix", "Korvan", "announced") in found
    assert ("supplies", "Delvo", "Korvan", "active") in found


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix replaced Delvo in the index, Korvan said.", "en"),
    ("Maltrix löst Delvo bei Korvan als größten Arbeitgeber der Region.", "de"),
])
def test_no_customer_no_supply(sentence, language):
    assert not any(t == "supplies" for t, *_ in _found(sentence, language))
