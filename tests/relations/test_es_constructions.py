"""Spanish business journalism: how it names suppliers and customers, stakes, takeovers, joint
ventures and their statuses, on sentences written for these tests with made-up companies
(positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="es", **kw))]


def _types(sentence, companies, types, **kw):
    return [x for x in _t(sentence, companies, **kw) if x[0] in types]


SUPPLY = ("supplies",)
OWNERSHIP = ("owns", "acquires", "invests_in")
PARTNERSHIP = ("partners_with", "joint_venture")

CHAIN = {"Vardena": ["carmaker"], "Celtrix": ["chips"], "Norvik": ["battery_cells"], "Alumbra": ["mining"]}


# --- "el suministro de": a noun, never the verb (its first person is not news) -------------------------

@pytest.mark.parametrize("sentence", [
    "Vardena ha firmado con Celtrix un acuerdo plurianual para el suministro de chips de potencia.",
    "Vardena firmará con Celtrix un contrato a diez años para el suministro de semiconductores.",
])
def test_supply_noun_direction_from_tiers(sentence):
    assert _types(sentence, ["Vardena", "Celtrix"], SUPPLY, sectors=CHAIN) == [("supplies", "Celtrix", "Vardena", "announced")]


def test_supply_noun_without_tiers_is_not_a_verb():
    # no sectors, no "a"/"por": the noun gives no direction and the subject is not read as the supplier
    assert _types("Vardena negocia con Celtrix el suministro de chips para sus modelos.", ["Vardena", "Celtrix"], SUPPLY) == []


# --- a stake's size qualified ("cercana al 6%", "de alrededor del 12%") ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Corvalis, que mantiene además una participación minoritaria cercana al 8% en Brixo, busca socios.",
    "Corvalis tiene una participación de alrededor del 12% en Brixo desde 2019.",
    "Corvalis conserva una participación indirecta superior al 5% en Brixo.",
])
def test_stake_with_qualified_size(sentence):
    assert _types(sentence, ["Corvalis", "Brixo"], OWNERSHIP) == [("invests_in", "Corvalis", "Brixo", "active")]


def test_qualified_stake_in_another_company_is_not_the_subjects():
    # the stake is in a plant, not in the company named after it
    assert _types("Corvalis tiene una participación cercana al 8% en la planta que Brixo opera en Jaén.",
                  ["Corvalis", "Brixo"], OWNERSHIP) == []


# --- an owner participle with a time adverbial before its agent --------------------------------------

@pytest.mark.parametrize("sentence", [
    "Brixo está controlada desde hace más de una década por el grupo japonés Corvalis.",
    "Brixo está controlada actualmente por Corvalis, según su memoria anual.",
])
def test_owner_participle_with_time_adverbial(sentence):
    assert _types(sentence, ["Corvalis", "Brixo"], OWNERSHIP) == [("owns", "Corvalis", "Brixo", "active")]


def test_stake_participle_with_time_adverbial():
    # "participada" with no share and no majority word is a stake (relations/stake_participles.py)
    assert _types("Brixo, participada desde 2016 por Corvalis, abrió otra planta.", ["Corvalis", "Brixo"],
                  OWNERSHIP) == [("invests_in", "Corvalis", "Brixo", "active")]


def test_owner_participle_until_a_date_is_not_a_present_owner():
    # "hasta 2020": the adverbial says the control is over; it is left to other cues, not read as active
    assert _types("Brixo estuvo controlada hasta 2020 por Corvalis.", ["Corvalis", "Brixo"], OWNERSHIP) == []


# --- statuses -----------------------------------------------------------------------------------------

def test_past_purchase_after_a_date_is_done():
    assert _types("Corvalis, que en 2021 compró la argentina Brixo por 900 millones, abre una planta.",
                  ["Corvalis", "Brixo"], OWNERSHIP) == [("acquires", "Corvalis", "Brixo", "active")]


def test_studying_a_plant_is_no_talks():
    got = _types("La empresa conjunta que Corvalis constituyó en 2023 con Brixo estudia una planta de metanol en Huelva.",
                 ["Corvalis", "Brixo"], PARTNERSHIP)
    assert got == [("joint_venture", "Brixo", "Corvalis", "active")]


def test_studying_a_purchase_is_talks():
    got = _types("Corvalis estudia una posible compra de Brixo.", ["Corvalis", "Brixo"], OWNERSHIP)
    assert got == [("acquires", "Corvalis", "Brixo", "in_talks")]


def test_closing_a_sale_process_ends_no_tie():
    doc = ["Corvalis completó la compra de la participación mayoritaria de Brixo. "
           "La operación pone fin al proceso de venta abierto hace un año por el fondo."]
    assert _types(doc, ["Corvalis", "Brixo"], OWNERSHIP) == [("acquires", "Corvalis", "Brixo", "active")]


def test_putting_an_end_to_an_alliance_ends_it():
    got = _types("Corvalis puso fin a su alianza con Brixo.", ["Corvalis", "Brixo"], PARTNERSHIP)
    assert got == [("partners_with", "Brixo", "Corvalis", "ended")]


# --- choosing, hiring and awarding: the one chosen supplies the one who chooses ------------------------

@pytest.mark.parametrize("sentence", [
    "Vardena ficha a Celtrix para abastecer de chips su planta de Vigo.",
    "Vardena contrató a Celtrix para suministrar los chips de su nueva plataforma.",
    "Vardena ha adjudicado a Celtrix el suministro de los chips de potencia.",
    "Vardena adjudicó a Celtrix un contrato de 200 millones para el suministro de chips.",
    "Vardena adjudica el contrato de suministro de chips a Celtrix.",
    "Vardena adjudicó el suministro de chips a Celtrix.",
])
def test_chosen_or_awarded_company_supplies(sentence):
    assert _types(sentence, ["Vardena", "Celtrix"], SUPPLY) == [("supplies", "Celtrix", "Vardena", "announced")]


@pytest.mark.parametrize("sentence", [
    # "se adjudica": the subject wins the order, it is the supplier
    "Celtrix se adjudicó un contrato de Vardena para chips.",
    # no choosing verb: the subject delivers to the name after "a"
    "Celtrix garantiza el suministro de chips a Vardena.",
])
def test_winner_or_plain_supplier_stays_the_source(sentence):
    assert [x[:3] for x in _types(sentence, ["Vardena", "Celtrix"], SUPPLY)] == [("supplies", "Celtrix", "Vardena")]


def test_hiring_a_person_names_no_supplier():
    assert _types("Vardena ficha a un exdirectivo de Celtrix para su negocio de chips.", ["Vardena", "Celtrix"], SUPPLY) == []


def test_perfect_of_winning_is_no_award():
    assert _types("Celtrix se ha adjudicado un contrato de Vardena para suministrar chips.", ["Vardena", "Celtrix"], SUPPLY) == [
        ("supplies", "Celtrix", "Vardena", "announced")]


# --- relative clauses and dative clitics: who buys from whom ------------------------------------------

@pytest.mark.parametrize("sentence,status", [
    # the antecedent buys; "le" stands for the clause subject, the seller
    ("Norvik mantiene su contrato con Vardena, que le compra celdas de batería desde 2021.", "active"),
    ("Norvik firmó un acuerdo con Vardena, que le comprará celdas de batería.", "announced"),
    # the antecedent buys from the name after "a", whatever preposition governs the antecedent
    ("El modelo fue diseñado por Vardena, que compra a la coreana Norvik celdas de batería desde 2021.", "active"),
    # "venderle": the partner of the talks is the customer
    ("Norvik mantiene conversaciones con la sueca Vardena para venderle celdas de batería.", "in_talks"),
])
def test_relative_buyer_and_clitic_seller(sentence, status):
    assert _types(sentence, ["Vardena", "Norvik"], SUPPLY) == [("supplies", "Norvik", "Vardena", status)]


@pytest.mark.parametrize("sentence", [
    # selling a unit to the partner of the talks is a sale, not a supply
    "Norvik negocia con Vardena para venderle su filial de reciclaje.",
    # no clitic: the relative's buyer names no seller among the companies
    "Norvik mantiene su contrato con Vardena, que compra celdas de batería en China.",
])
def test_no_clitic_or_a_unit_sold_is_no_supply(sentence):
    assert _types(sentence, ["Vardena", "Norvik"], SUPPLY) == []


# --- a contractor working for a client ---------------------------------------------------------------

def test_contractor_works_for_a_client():
    got = _types("La ingeniería la desarrolla Técnicas Ferrol, que trabaja para Alumbra desde el año pasado.",
                 ["Técnicas Ferrol", "Alumbra"], SUPPLY)
    assert got == [("supplies", "Técnicas Ferrol", "Alumbra", "active")]


def test_working_to_do_something_names_no_client():
    assert _types("Técnicas Ferrol trabaja para reducir su dependencia de Alumbra.", ["Técnicas Ferrol", "Alumbra"], SUPPLY) == []


# --- a description before a name: its "de" governs a bare noun, not the name ---------------------------

@pytest.mark.parametrize("sentence", [
    "El operador gallego de recarga Brixo ha cerrado una ampliación de capital de 80 millones liderada por el fondo "
    "neerlandés de infraestructuras Corvalis, con la participación de la gestora Tessaro.",
    "La distribuidora de energía Brixo ha captado 80 millones en una ronda liderada por el fondo de pensiones Corvalis, "
    "con la participación de Tessaro.",
])
def test_described_company_keeps_its_own_preposition(sentence):
    got = _types(sentence, ["Brixo", "Corvalis", "Tessaro"], OWNERSHIP)
    assert got == [("invests_in", "Corvalis", "Brixo", "active"), ("invests_in", "Tessaro", "Brixo", "active")]


@pytest.mark.parametrize("sentence", [
    "Corvalis suministra chips al fabricante de autobuses Brixo.",
    "Corvalis suministra chips a la gestora de flotas Brixo.",
])
def test_preposition_before_a_description_is_the_names(sentence):
    # "al fabricante de autobuses Brixo": "al" is the name's recipient marker, "de" governs "autobuses"
    assert _types(sentence, ["Corvalis", "Brixo"], SUPPLY) == [("supplies", "Corvalis", "Brixo", "active")]


def test_description_does_not_reach_past_an_article_after_de():
    # "de la alemana Brixo": the name is what "de" governs; the owner of the unit is Brixo, not a customer
    assert _types("Corvalis suministra chips a la filial de la alemana Brixo.", ["Corvalis", "Brixo"], SUPPLY) == []


# --- Latin American "surtir"; "surtir efecto" is no supply ---------------------------------------------

def test_surtir_supplies():
    got = _types("Brixo, el fabricante regiomontano de autopartes controlado por Tessaro, surte carcasas de baterías a "
                 "Vardena desde su planta de Saltillo.", ["Brixo", "Tessaro", "Vardena"], SUPPLY)
    assert got == [("supplies", "Brixo", "Vardena", "active")]


def test_surtir_efecto_is_no_supply():
    assert _types("La medida no surtirá efecto para Vardena hasta que Brixo la apruebe.", ["Brixo", "Vardena"], SUPPLY) == []


def test_talks_in_a_later_clause_are_another_deal():
    got = _types("Brixo surte carcasas de baterías a Vardena desde 2022, y negocia contratos similares con otros fabricantes.",
                 ["Brixo", "Vardena"], SUPPLY)
    assert got == [("supplies", "Brixo", "Vardena", "active")]


# --- several units of one parent ("tanto A como B son filiales de C") -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Tanto Brixo Litio como Brixo Cátodos son filiales de Corvalis Holdings, el brazo inversor del grupo.",
    "Brixo Litio y Brixo Cátodos son subsidiarias de Corvalis Holdings.",
])
def test_plural_unit_noun_names_each_unit(sentence):
    got = _types(sentence, ["Brixo Litio", "Brixo Cátodos", "Corvalis Holdings"], OWNERSHIP)
    assert got == [("owns", "Corvalis Holdings", "Brixo Cátodos", "active"), ("owns", "Corvalis Holdings", "Brixo Litio", "active")]


# --- a bid for a company ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Corvalis habría estudiado una oferta por Brixo, según fuentes financieras.", "rumoured"),
    ("Corvalis lanzará una puja por Brixo la próxima semana.", "announced"),
])
def test_bid_for_a_company(sentence, status):
    assert _types(sentence, ["Corvalis", "Brixo"], OWNERSHIP) == [("acquires", "Corvalis", "Brixo", status)]


def test_bid_for_a_plant_is_not_for_its_owner():
    assert _types("Corvalis presentó una oferta por la planta de Brixo en Jaén.", ["Corvalis", "Brixo"], OWNERSHIP) == []


# --- customers named through their sites and in lists --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Desde enero, Brixo suministra energía solar al recinto de Vardena en Sagunto.",
    "Brixo suministra electricidad renovable a las instalaciones de Vardena en Martorell.",
])
def test_supply_to_a_customers_site(sentence):
    assert _types(sentence, ["Brixo", "Vardena"], SUPPLY) == [("supplies", "Brixo", "Vardena", "active")]


def test_recipient_list_goes_on_past_an_apposition():
    got = _types("Brixo suministra compresores a Vardena, su principal cliente, y a Tessaro, y obtiene el 40% de sus ingresos en Corea.",
                 ["Brixo", "Vardena", "Tessaro"], SUPPLY)
    assert got == [("supplies", "Brixo", "Tessaro", "active"), ("supplies", "Brixo", "Vardena", "active")]


def test_apposition_then_another_preposition_is_no_list():
    got = _types("Brixo suministra chips a Vardena, su principal cliente, y con Tessaro negocia un acuerdo de licencia.",
                 ["Brixo", "Vardena", "Tessaro"], SUPPLY)
    assert got == [("supplies", "Brixo", "Vardena", "active")]


# --- buying or selling a unit of a company: the unit is the object, the company is not bought -----------

@pytest.mark.parametrize("sentence", [
    "Corvalis compró la división de baterías de Brixo por 300 millones.",
    "Corvalis compró la filial de Brixo en Jaén.",
    "Corvalis adquirió el negocio de frenos de Brixo.",
    "Corvalis vendió su filial de reciclaje a Brixo.",
])
def test_unit_bought_or_sold_links_no_named_company(sentence):
    assert _t(sentence, ["Corvalis", "Brixo"]) == []


@pytest.mark.parametrize("sentence,expected", [
    # a stake is in the company itself
    ("Corvalis compró el 30% de las acciones de Brixo.", [("invests_in", "Corvalis", "Brixo", "active")]),
    # the unit named right after its noun is bought, from its owner
    ("Corvalis adquirió la filial Brixo a Tessaro.", [("acquires", "Corvalis", "Brixo", "active"), ("owns", "Tessaro", "Brixo", "ended")]),
])
def test_stake_or_named_unit_is_still_read(sentence, expected):
    assert _t(sentence, ["Corvalis", "Brixo", "Tessaro"]) == expected
