"""Supply precision in English and Spanish, on made-up companies: a name between "the" and a product
noun is a product line, not a customer ("supplies the Maltrix Ride system-on-chips"); "next to",
"close to" make a place, not a recipient ("a plant next to the carmaker's factory"); "dejó además el
año pasado de comprar" is an end like "dejó de comprar"."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_ROLES = {"Korvan": ["carmaker"], "Maltrix": ["cells"]}


def _found(sentence, companies, language="en", **kw):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, companies, language=language, **kw))]


@pytest.mark.parametrize("sentence", [
    "Korvan supplies the Maltrix Ride system-on-chips that run the car's driver-assistance functions.",
    "Korvan supplies the Maltrix Ride chips for the new platform.",
    "Korvan supplies the Maltrix Ride cells used in the van.",
])
def test_a_product_line_is_no_customer(sentence):
    assert not any(t == "supplies" for t, *_ in _found(sentence, ["Korvan", "Maltrix Ride"]))


@pytest.mark.parametrize("sentence", [
    "Korvan supplies Maltrix Ride with chips.",
    "Korvan supplies the Maltrix Ride plants in Ohio.",
])
def test_a_customer_is_still_read(sentence):
    assert any(t == "supplies" and (s, d) == ("Korvan", "Maltrix Ride") for t, s, d, _st in _found(sentence, ["Korvan", "Maltrix Ride"]))


@pytest.mark.parametrize("sentence", [
    "Korvan is building a battery plant next to Maltrix's assembly plant.",
    "Korvan builds batteries in a plant close to Maltrix's factory.",
    "Construction has begun on the battery plant that Korvan and Maltrix are building in Figueruelas, next to the carmaker's assembly plant.",
])
def test_next_to_is_a_place_not_a_recipient(sentence):
    found = _found(sentence, ["Korvan", "Maltrix"], coref={"the carmaker": "Korvan"}, sectors=_ROLES)
    assert not any(t == "supplies" for t, *_ in found)


def test_supplying_to_is_still_a_recipient():
    assert ("supplies", "Korvan", "Maltrix", "announced") in _found("Korvan will supply cells to Maltrix.", ["Korvan", "Maltrix"])


@pytest.mark.parametrize("sentence", [
    "Korvan dejó además el año pasado de comprar celdas a la surcoreana Maltrix.",
    "Korvan dejó en 2022 de comprar celdas a Maltrix.",
    "Korvan dejó de comprar celdas a Maltrix.",
])
def test_stopping_with_adverbs_between_is_an_end(sentence):
    assert ("supplies", "Maltrix", "Korvan", "ended") in _found(sentence, ["Korvan", "Maltrix"], language="es")
