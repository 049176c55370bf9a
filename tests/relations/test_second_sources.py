"""A second supplier told in a clause that leaves out the customer the sentence named before
(relations/second_sources.py). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Brixo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan's entry models have relied on Maltrix processors, and its premium models on chips from Delvo.", "en"),
    ("Korvan will take its cells from Maltrix's plant in Poland, while the seats are to be ordered from Delvo.", "en"),
    ("Les moteurs de Korvan viendront de Maltrix ; les sièges seront fournis par Delvo.", "fr"),
    ("Los motores de Korvan llegarán de Maltrix y los asientos serán suministrados por Delvo.", "es"),
    ("Die Motoren für Korvan liefert Maltrix, die Sitze kommen künftig von Delvo.", "de"),
    ("I motori di Korvan arrivano da Maltrix, mentre i sedili saranno forniti da Delvo.", "it"),
])
def test_second_supplier_of_the_same_customer(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Delvo", "Korvan") in found


@pytest.mark.parametrize("sentence, language", [
    # the second clause has a customer of its own
    ("Korvan buys its cells from Maltrix, while Brixo gets chips from Delvo.", "en"),
    # two customers before: whose the second supplier's goods are is not said
    ("Maltrix supplies cells to Korvan and Brixo, and the seats are ordered from Delvo.", "en"),
    # no supply before the clause
    ("Korvan expects sales to rise, and chips from Delvo are scarce.", "en"),
])
def test_no_single_customer_or_own_customer_is_no_second_source(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Delvo", "Korvan") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Cells will come from Maltrix's plant in Poland, Korvan said, while seats will be ordered from Delvo.", "en"),
    ("Korvan said cells would be ordered from Maltrix's plant in Poland, while seats will be ordered from Delvo.", "en"),
])
def test_speaker_before_the_contrast_is_the_customer(sentence, language):
    # the speaker's words run on past "said, while": no contrast of parties
    assert ("supplies", "Delvo", "Korvan") in _found(sentence, language)


def test_contrast_of_parties_still_separates():
    found = _found("Korvan buys its seats from Brixo, while Maltrix will order chips from Delvo.", "en")
    assert ("supplies", "Delvo", "Korvan") not in found
