"""Status (English, Spanish): a new English order of so many units is announced ("has ordered 400
chargers from Y"; Spanish "a quien Y ha encargado 100 trenes" stays active, as test_esfr_phrases has it); a tie that held "until recently" / "hasta hace poco", or "until
now" with a past verb, is ended ("hasta ahora, las celdas llegan de China" is still active); "has also
been working with Y" is active. Money asked for is no order ("pidió 3 millones de euros a Y")."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


@pytest.mark.parametrize("sentence, language", [
    ("Korvan has ordered 400 charging points from Maltrix.", "en"),
    ("Korvan orders 1,000 buses from Maltrix, drops Delvo hardware", "en"),
])
def test_new_order_of_units_is_announced(sentence, language):
    assert ("supplies", "Maltrix", "Korvan", "announced") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan orders its cells from Maltrix.", "en"),
    ("Korvan encarga sus celdas a Maltrix.", "es"),
])
def test_habitual_order_stays_active(sentence, language):
    assert ("supplies", "Maltrix", "Korvan", "active") in _found(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Korvan pidió 3 millones de euros a Maltrix.",
    "Korvan pide 200 millones a Maltrix.",
])
def test_money_asked_for_is_no_order(sentence):
    assert not any(t == "supplies" for t, _s, _d, _st in _found(sentence, "es"))


@pytest.mark.parametrize("sentence, language, expected", [
    ("Korvan completed its merger with Maltrix, which until now was also a unit of Delvo.", "en", ("owns", "Delvo", "Maltrix", "ended")),
    ("Maltrix, until recently a unit of Delvo, makes brakes.", "en", ("owns", "Delvo", "Maltrix", "ended")),
    ("Con la firma, Maltrix, que hasta ahora era una filial de Korvan, pasa a formar parte del grupo Delvo.", "es", ("owns", "Korvan", "Maltrix", "ended")),
    ("Maltrix, hasta hace poco filial de Korvan, fabrica frenos.", "es", ("owns", "Korvan", "Maltrix", "ended")),
    ("Hasta ahora, las celdas de Korvan llegan desde China: las baterías suministradas por Maltrix a Korvan se fabrican en Fujian.", "es", ("supplies", "Maltrix", "Korvan", "active")),
    ("Maltrix has also been working with Korvan since October.", "en", ("partners_with", "Korvan", "Maltrix", "active")),
])
def test_until_now_and_ongoing_work(sentence, language, expected):
    assert expected in _found(sentence, language)
