"""A contractor's work for a named client is a supply in every language, as "trabaja para" was in
Spanish: "works for", "lavora per", "travaille pour", "arbeitet für", "zuarbeitet" (the dative is the
client); only with a company after the preposition. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix has worked for Korvan since 2019.", "en"),
    ("Maltrix, which works almost exclusively for Korvan, hired 40 people last year.", "en"),
    ("Maltrix lavora per Korvan dal 2019.", "it"),
    ("Maltrix, che lavorava quasi solo per Korvan, ha assunto 40 persone.", "it"),
    ("Maltrix travaille pour Korvan depuis 2019.", "fr"),
    ("Maltrix, qui travaille surtout pour Korvan, embauche 40 personnes.", "fr"),
    ("Maltrix arbeitet seit 2019 für Korvan.", "de"),
    ("Maltrix, der Korvan seit 2024 als Dienstleister zuarbeitet, stellt ein.", "de"),
    ("Maltrix trabaja para Korvan desde 2019.", "es"),
])
def test_work_for_a_client_is_a_supply(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix works with Korvan on software.", "en"),
    ("Maltrix lavora per ridurre i costi, ha detto Korvan.", "it"),
    ("Maltrix travaille pour réduire ses coûts, selon Korvan.", "fr"),
])
def test_work_with_or_for_a_purpose_is_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
