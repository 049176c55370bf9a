"""A company's beginnings and a takeover's last step, on made-up companies: "Y began life as a joint
business of A and B", "Y nació como empresa conjunta de A y B" (a venture that is over, whatever the
rest of the sentence says of Y); "X culmina la integración de Y" (the purchase done)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Sarnet"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


@pytest.mark.parametrize("sentence, language", [
    ("Sarnet began life as a joint business of Korvan and Maltrix.", "en"),
    ("Sarnet started life as a joint venture between Korvan and Maltrix, and is now owned by Delvo.", "en"),
    ("Sarnet nació como empresa conjunta de Korvan y Maltrix y fue adquirida por Delvo en 2018.", "es"),
])
def test_a_venture_a_company_began_as_is_over(sentence, language):
    assert ("joint_venture", "Korvan", "Maltrix", "ended") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Sarnet nació como empresa conjunta de Korvan y Maltrix y fue adquirida por Delvo en 2018.", "es",
     ("acquires", "Delvo", "Sarnet", "active")),
    ("Sarnet started life as a joint venture between Korvan and Maltrix, and is now owned by Delvo.", "en",
     ("owns", "Delvo", "Sarnet", "active")),
    ("Korvan and Maltrix run Sarnet, a joint venture set up in 2019.", "en",
     ("joint_venture", "Korvan", "Maltrix", "active")),
])
def test_the_rest_of_the_sentence_keeps_its_status(sentence, language, expected):
    assert expected in _found(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Korvan culmina la integración de Maltrix tras cerrar Delvo la venta.",
    "Korvan completó en marzo la integración de Maltrix.",
])
def test_completing_the_integration_of_a_company(sentence):
    assert ("acquires", "Korvan", "Maltrix", "active") in _found(sentence, "es")


def test_integrating_own_plants_is_no_takeover():
    assert not _found("Korvan culmina la integración de sus plantas.", "es")
