"""Supplies told in a relative or a second recipient, on made-up companies: "Y, que le ha entregado
1.000 buses" (an auxiliary after the dative clitic), "Y, which has supplied it", "con Y, a la que
envía concentrado de litio" (goods sent to a relative's antecedent), "suministra baterías a Y desde
Sunderland, y a Z desde China" (a second recipient with its preposition repeated)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


def _supplies(sentence, language):
    return {(s, d) for t, s, d, _st in _found(sentence, language) if t == "supplies"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan había confiado casi en exclusiva en Maltrix, que le ha entregado más de 1.000 buses.", "es"),
    ("Korvan había confiado en Maltrix, que le ha suministrado celdas desde 2019.", "es"),
    ("Korvan compra a Maltrix, que le ha suministrado celdas.", "es"),
    ("Korvan buys cells from Maltrix, which has supplied it since 2020.", "en"),
])
def test_a_relative_with_an_auxiliary_supplies_the_subject(sentence, language):
    assert _supplies(sentence, language) == {("Maltrix", "Korvan")}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix tiene comprometida buena parte de su producción con Korvan, a la que envía concentrado de litio desde 2023.", "es"),
    ("Maltrix firmó con Korvan, a la que enviará 10.000 toneladas de litio al año.", "es"),
])
def test_goods_sent_to_a_relative_antecedent(sentence, language):
    assert _supplies(sentence, language) == {("Maltrix", "Korvan")}


@pytest.mark.parametrize("sentence", [
    "Maltrix habló con Korvan, a la que envió un mensaje sobre las baterías.",
    "Maltrix se reunió con Korvan, a la que envió una carta.",
])
def test_no_goods_sent_no_supply(sentence):
    assert not _supplies(sentence, "es")


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix ya suministra baterías a Korvan desde sus fábricas de Sunderland (Reino Unido) y Smyrna (Estados Unidos), y a Delvo desde China.", "es"),
    ("Maltrix supplies cells to Korvan from its Hungarian plant, and to Delvo from China.", "en"),
])
def test_a_second_recipient_with_its_preposition_repeated(sentence, language):
    assert _supplies(sentence, language) == {("Maltrix", "Korvan"), ("Maltrix", "Delvo")}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix suministra celdas a Korvan, y a partir de 2026 abrirá una planta.", "es"),
    ("Maltrix supplies cells to Korvan, and to its own plants in Texas.", "en"),
])
def test_no_second_recipient(sentence, language):
    assert _supplies(sentence, language) == {("Maltrix", "Korvan")}


@pytest.mark.parametrize("sentence, language", [
    ("Cells for the van will come from Maltrix, which signed a supply deal with Korvan last year.", "en"),
    ("Las celdas llegarán de Maltrix, que firmó un contrato de suministro con Korvan el año pasado.", "es"),
])
def test_a_supply_deal_signed_by_a_relative_antecedent(sentence, language):
    assert ("Maltrix", "Korvan") in _supplies(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix, which recycles scrap for Korvan in Nevada, has turned to energy storage.", "en"),
    ("Maltrix recycles batteries for Korvan.", "en"),
    ("Maltrix recicla los residuos de producción para Korvan en Navarra.", "es"),
])
def test_recycling_for_a_customer_is_a_supply(sentence, language):
    assert _supplies(sentence, language) == {("Maltrix", "Korvan")}


def test_recycling_without_a_customer_is_none():
    assert not _supplies("Maltrix recycles batteries in Nevada for the first time.", "en")
