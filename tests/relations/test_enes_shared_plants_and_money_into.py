"""English and Spanish shapes of batch-7 news, on made-up companies: a plant two companies build or
share is their joint venture, a venture "que A y B constituyeron", money poured into a company, a
participle after goods ("cars sold in China") that is no verb of the subject, "X, dueña de Y",
"controlada en un 81 % por", "se hizo el mismo año con", "la toma de control de", and ", y" before a
verb opening a new Spanish clause."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Sarnet"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


def _pairs(sentence, language, typ):
    return {frozenset((s, d)) for t, s, d, _st in _found(sentence, language) if t == typ}


@pytest.mark.parametrize("sentence, language", [
    ("Construction has begun on the battery plant that Korvan and Maltrix are building in Zaragoza.", "en"),
    ("The cell factory Korvan and Maltrix share in Saxony will open next year.", "en"),
    ("The refinery that Korvan and Maltrix will build in Texas is to make 40,000 tonnes a year.", "en"),
    ("Korvan builds its vans with cells from the plant it shares with Maltrix in Leipzig.", "en"),
    ("En Zaragoza avanza la fábrica de celdas que comparten Korvan y Maltrix.", "es"),
    ("La planta que Korvan y Maltrix construyen en Valencia empezará a producir en 2027.", "es"),
    ("La gigafactoría que Korvan y la coreana Maltrix levantan en Navarra tendrá 20 GWh.", "es"),
    ("Korvan prepara sus furgonetas con celdas de la planta que comparte con Maltrix en Teruel.", "es"),
])
def test_a_plant_two_companies_build_or_share_is_their_venture(sentence, language):
    assert frozenset(("Korvan", "Maltrix")) in _pairs(sentence, language, "joint_venture")


@pytest.mark.parametrize("sentence, language", [
    ("The plant that Korvan and Maltrix supply will close in June.", "en"),
    ("Korvan bought the plant from Maltrix last year.", "en"),
    ("La fábrica que Korvan y Maltrix abastecen cerrará en junio.", "es"),
    ("La planta que Korvan compró a Maltrix cerrará en 2026.", "es"),
    ("Korvan y Maltrix visitaron la planta que construye Delvo.", "es"),
])
def test_no_shared_plant_no_venture(sentence, language):
    assert not _pairs(sentence, language, "joint_venture")


@pytest.mark.parametrize("sentence", [
    "Delvo, la empresa conjunta que Korvan y el grupo belga Maltrix constituyeron en 2023, suministra cátodo.",
    "Delvo, la empresa conjunta que Korvan y Maltrix pusieron en marcha en 2024, desarrolla software.",
    "La sociedad conjunta que Korvan y Maltrix crearon el año pasado ya produce celdas.",
])
def test_a_spanish_venture_set_up_by_a_pair(sentence):
    assert frozenset(("Korvan", "Maltrix")) in _pairs(sentence, "es", "joint_venture")


@pytest.mark.parametrize("sentence, language, status", [
    ("Korvan pours another $1bn into Maltrix.", "en", "announced"),
    ("Korvan will pump $500 million into Maltrix.", "en", "announced"),
    ("Korvan has injected €200m into Maltrix, its battery partner.", "en", "active"),
    ("Korvan poured $1bn into Maltrix last year.", "en", "active"),
    ("Korvan inyectará otros 300 millones de euros en Maltrix.", "es", "announced"),
    ("Korvan ha inyectado 50 millones en Maltrix.", "es", "active"),
])
def test_money_poured_into_a_company_is_an_investment(sentence, language, status):
    assert ("invests_in", "Korvan", "Maltrix", status) in _found(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Korvan poured cold water on Maltrix's plans.",
    "Korvan pumped 500 tonnes of lithium into Maltrix's tanks.",
])
def test_no_money_no_investment(sentence):
    assert not any(t == "invests_in" for t, *_ in _found(sentence, "en"))


@pytest.mark.parametrize("sentence", [
    "Korvan is working with Maltrix on software for cars sold in China.",
    "Korvan works with Maltrix on batteries for vans sold in Europe.",
    "Korvan is developing chips with Maltrix for vehicles sold in the US.",
])
def test_goods_sold_somewhere_is_no_supply_between_partners(sentence):
    assert not any(t == "supplies" for t, *_ in _found(sentence, "en"))


@pytest.mark.parametrize("sentence", [
    "Korvan sold cars to Maltrix.",
    "Korvan has sold 500 buses to Maltrix.",
    "Korvan provided batteries to Maltrix in 2020.",
])
def test_selling_goods_still_supplies(sentence):
    assert any(t == "supplies" and (s, d) == ("Korvan", "Maltrix") for t, s, d, _st in _found(sentence, "en"))


@pytest.mark.parametrize("sentence", [
    "Korvan, dueña de Maltrix desde 2008, presentó ayer sus resultados.",
    "Korvan, propietaria de Maltrix, ha anunciado resultados.",
    "Korvan, dueño desde 2015 del fabricante Maltrix, invertirá más.",
    "Para Maltrix, controlada en un 81 % por el grupo químico Korvan, el pacto es clave.",
])
def test_spanish_owner_nouns_and_shares(sentence):
    assert ("owns", "Korvan", "Maltrix", "active") in _found(sentence, "es")


def test_an_owner_in_apposition_is_not_the_customer():
    found = _found("Korvan, dueña de Maltrix desde 2008, también será cliente de Delvo.", "es")
    assert ("supplies", "Delvo", "Korvan", "announced") in found
    assert not any(t == "supplies" and d == "Maltrix" for t, s, d, _st in found)


@pytest.mark.parametrize("sentence, status", [
    ("Sarnet compró en 2021 la alemana Delvo, y Korvan se hizo el mismo año con la británica Maltrix.", "active"),
    ("Korvan se hizo en 2019 con Maltrix.", "active"),
    ("Korvan se hará este año con Maltrix.", "announced"),
    ("Korvan reforzó su negocio de recarga con la toma de control de la noruega Maltrix, operación que cerró en primavera.", "active"),
    ("Korvan anunció la toma de control de Maltrix.", "announced"),
])
def test_spanish_takeovers(sentence, status):
    assert ("acquires", "Korvan", "Maltrix", status) in _found(sentence, "es")


def test_comma_and_a_verb_open_a_new_spanish_clause():
    found = _found("Sarnet compró en 2021 la alemana Delvo, y Korvan se hizo el mismo año con la británica Maltrix.", "es")
    assert not any(s == "Sarnet" and d == "Korvan" for _t, s, d, _st in found)
    found = _found("Korvan suministra celdas a Maltrix, y Delvo a Sarnet.", "es")
    assert ("supplies", "Korvan", "Maltrix", "active") in found


@pytest.mark.parametrize("sentence", [
    "Korvan se hizo fuerte con Maltrix.",
    "Korvan se hizo cargo de la planta con Maltrix.",
])
def test_other_uses_of_hacerse_are_no_takeover(sentence):
    assert not any(t == "acquires" for t, *_ in _found(sentence, "es"))


@pytest.mark.parametrize("sentence", [
    "Korvan received new Maltrix shares and now owns roughly 12% of Maltrix.",
    "Korvan bought bonds from Delvo and now holds 15% of Maltrix.",
])
def test_a_second_verb_after_and_now_keeps_the_first_subject(sentence):
    assert any(t == "invests_in" and s == "Korvan" and d == "Maltrix" for t, s, d, _st in _found(sentence, "en"))
