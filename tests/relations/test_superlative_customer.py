"""A Romance superlative after a customer or supplier noun ("il cliente più importante di Y", "le client le plus
important de Y") leaves the noun its owner: Italian "più ... di" there is "the most ... of", not "more ... than"
(guards._IT_SUPERLATIVE, nouns._SUPERLATIVE_GAP); invented sentences, the full pipeline. A real comparison still
names no tie."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("it", "Il cliente più importante di Brembo rimane da anni Ducati."),
    ("it", "Ducati è diventata il cliente più grande di Brembo nel settore delle moto."),
    ("it", "Brembo resta il fornitore più importante di Ducati per gli impianti frenanti."),
])
def test_an_italian_superlative_after_the_noun_keeps_the_tie(language, text):
    assert ("supplies", "Brembo", "Ducati") in rels(text, language)


@pytest.mark.parametrize("language, text", [
    ("it", "Quest'anno Ducati ha venduto più moto elettriche di Piaggio in Europa."),
    ("it", "Ducati è più grande di Brembo per numero di dipendenti."),
])
def test_a_comparison_names_no_tie(language, text):
    assert not rels(text, language)
