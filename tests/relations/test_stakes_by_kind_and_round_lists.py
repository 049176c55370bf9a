"""A minority stake told in a relative without its size ("Y, en la que X tiene una participación
minoritaria"), a size given with "cerca de un" ("participada en cerca de un 20% por X"), a stake kept
("del que X conserva un 17%"), and the investors of a round or capital increase listed each with its
own preposition and description ("auprès de A, de B et du chimiste C", "sottoscritto da A, dal fondo
B e da C", "avec la participation de ses actionnaires historiques, A et B, ainsi que du fonds C").
Sentences written for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Norvik", "Vasko"]


def got(text, lang):
    return {(r.type, r.source, r.target) for r in rels(text, CO, language=lang)}


@pytest.mark.parametrize("text", [
    "Queda además Vasko, en la que Brelix tiene una participación minoritaria y que debe entregarle celdas.",
    "Vasko, en la que el grupo estadounidense Brelix mantiene una participación minoritaria desde 2022, cerró la sesión.",
    "Vasko, en la que Brelix conserva una pequeña participación, cerró la sesión con una subida.",
    "Vasko, participada en cerca de un 20% por Brelix, aseguró que el problema está resuelto.",
    "Vasko, participada en alrededor de un 15% por Brelix, abrirá una planta en Aragón.",
    "Vasko, del que Brelix conserva alrededor de un 17% del capital, decidió concentrar la producción.",
    "Vasko, de la que Brelix mantiene el 12%, anunció resultados.",
])
def test_es_stake_in_a_relative(text):
    assert ("invests_in", "Brelix", "Vasko") in got(text, "es")


def test_es_stake_with_another_preposition_is_left_to_other_rules():
    # "una participación en un proyecto": the stake is in something else, not the relative's head
    assert ("invests_in", "Brelix", "Tovan") not in got(
        "Vasko, con la que Brelix tiene una participación en un proyecto de Tovan, cerró.", "es")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Vasko a levé 2 milliards d'euros auprès de Brelix, de Tovan et de Kornex."),
    ("fr", "Vasko avait levé plus de 2 milliards d'euros en 2023, en fonds propres et en dette, auprès notamment de Brelix, de Tovan et du chimiste Kornex."),
    ("fr", "Vasko a levé 120 millions d'euros lors d'une série B menée par Norvik, avec la participation de ses actionnaires historiques, Brelix et Tovan, ainsi que du fonds Kornex."),
    ("it", "Vasko ha chiuso un aumento di capitale da 304 milioni di euro, sottoscritto da Brelix, dal fondo pensione olandese Tovan e da Kornex."),
    ("it", "Vasko ha raccolto 300 milioni di euro da Brelix, dall'americana Tovan e dal fondo Kornex."),
])
def test_round_investors_each_with_its_preposition(lang, text):
    g = got(text, lang)
    for inv in ("Brelix", "Tovan", "Kornex"):
        assert ("invests_in", inv, "Vasko") in g


def test_it_capital_increase_subscribed_by_two():
    g = got("Vasko ha chiuso un aumento di capitale sottoscritto da Brelix e Tovan.", "it")
    assert {("invests_in", "Brelix", "Vasko"), ("invests_in", "Tovan", "Vasko")} <= g


def test_fr_money_raised_then_goods_bought_elsewhere_is_no_investor():
    g = got("Vasko a levé 50 millions d'euros, et s'approvisionne auprès de Brelix.", "fr")
    assert ("invests_in", "Brelix", "Vasko") not in g


def test_it_a_customer_after_the_co_investor_is_no_investor():
    g = got("Brelix ha investito in Vasko insieme a Tovan e dal 2024 Kornex ne è cliente.", "it")
    assert ("invests_in", "Kornex", "Vasko") not in g
