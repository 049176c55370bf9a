"""Round 6 (English, Spanish): a unit described with any nationality ("Y's Slovenian subsidiary"); a
participle's agent with a nationality in its description is no subject ("owned by Swiss group Y,");
a pair that "both" made deals with others is no partnership; a Spanish object clitic makes "a Y" the
seller ("la compró a Y"); the noun "su entrada en el capital de Y" is a stake. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _pairs(sentence, language="en"):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence", [
    "The van will be built by Maltrix, Korvan's Slovenian subsidiary, at its plant near the coast.",
    "Maltrix, Korvan's Portuguese unit, said orders rose.",
    "Output moved to Maltrix, Korvan's South African arm, last year.",
])
def test_unit_with_any_nationality(sentence):
    assert ("owns", "Korvan", "Maltrix") in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Maltrix, the charging unit majority-owned by Swiss engineering group Korvan, supplies chargers to Delvo.",
    "Maltrix, a start-up backed by Japanese trading house Korvan, supplies cells to Delvo.",
    "Maltrix, owned by the German group Korvan, supplies cells to Delvo.",
])
def test_agent_in_aside_is_no_supplier(sentence):
    pairs = _pairs(sentence)
    assert ("supplies", "Maltrix", "Delvo") in pairs
    assert ("supplies", "Korvan", "Delvo") not in pairs


@pytest.mark.parametrize("sentence, language", [
    ("Rivals Maltrix and Korvan have both announced production deals with carmakers in the past year.", "en"),
    ("Maltrix and Korvan have each signed supply agreements with European carmakers.", "en"),
    ("Korvan y Maltrix han anunciado ambas acuerdos de producción con fabricantes europeos.", "es"),
    ("Korvan y Maltrix han firmado cada una alianzas con varios fabricantes.", "es"),
])
def test_each_with_others_is_no_partnership(sentence, language):
    assert not any(t in ("partners_with", "joint_venture") for t, _s, _d in _pairs(sentence, language))


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix and Korvan signed a partnership on Monday.", "en"),
    ("Maltrix and Korvan have both signed a partnership with each other.", "en"),
    ("Korvan y Maltrix firmaron una alianza.", "es"),
])
def test_pair_partnership_still_read(sentence, language):
    assert ("partners_with", "Korvan", "Maltrix") in _pairs(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Maltrix, filial del grupo Korvan, que la compró a Delvo en 2018, amplía su planta.",
    "Korvan la compró a Delvo en 2018.",
    "Korvan los había adquirido a Delvo hace una década.",
])
def test_clitic_object_makes_a_seller(sentence):
    assert ("acquires", "Korvan", "Delvo") not in _pairs(sentence, "es")


@pytest.mark.parametrize("sentence", [
    "Korvan compró a Delvo en 2018.",
    "Korvan adquirió a Delvo en 2018.",
])
def test_personal_object_still_bought(sentence):
    assert ("acquires", "Korvan", "Delvo") in _pairs(sentence, "es")


@pytest.mark.parametrize("sentence, status", [
    ("Korvan negocia su entrada en el capital de Maltrix.", "in_talks"),
    ("Korvan completó su entrada en el capital de Maltrix.", "active"),
    ("Korvan anunció ayer su entrada en el capital de Maltrix con un 10%.", "announced"),
])
def test_entry_into_capital_noun(sentence, status):
    found = [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language="es"))]
    assert ("invests_in", "Korvan", "Maltrix", status) in found


@pytest.mark.parametrize("sentence", [
    "Maltrix has lined up cathode from Korvan for the new cells.",
    "To secure materials, Maltrix has lined up high-nickel cathode from Korvan, the materials arm of Delvo.",
    "Maltrix is lining up battery cells from Korvan for its vans.",
])
def test_goods_lined_up_from_a_supplier(sentence):
    found = [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language="en"))]
    assert ("supplies", "Korvan", "Maltrix", "announced") in found


@pytest.mark.parametrize("sentence", [
    "Maltrix has lined up financing from Korvan.",
    "Maltrix lined up a loan from Korvan.",
    "Maltrix has lined up support from Korvan and Delvo.",
])
def test_money_lined_up_is_no_supply(sentence):
    assert not any(t == "supplies" for t, _s, _d in _pairs(sentence))


@pytest.mark.parametrize("sentence", [
    "Korvan monta celdas prismáticas de Maltrix en sus modelos eléctricos.",
    "Su cliente histórico es Korvan, que desde hace una década monta celdas prismáticas de Maltrix.",
    "Korvan utiliza baterías cilíndricas de Maltrix en sus autobuses.",
])
def test_goods_with_an_adjective_name_their_maker(sentence):
    assert ("supplies", "Maltrix", "Korvan") in _pairs(sentence, "es")


@pytest.mark.parametrize("sentence", [
    "Korvan monta las celdas prismáticas de Maltrix.",
    "Korvan utiliza baterías fabricadas de Maltrix en sus autobuses.",
])
def test_goods_with_article_or_participle_stay_open(sentence):
    assert ("supplies", "Maltrix", "Korvan") not in _pairs(sentence, "es")


@pytest.mark.parametrize("sentence, language, expected", [
    ("Delvo estaría negociando la compra del 69% que Korvan posee en Maltrix.", "es", ("owns", "Korvan", "Maltrix", "active")),
    ("Delvo compra la participación del 20% que tiene Korvan en Maltrix.", "es", ("invests_in", "Korvan", "Maltrix", "active")),
    ("Delvo compró la participación que tenía Korvan en Maltrix.", "es", ("invests_in", "Korvan", "Maltrix", "ended")),
    ("Delvo is buying the 69% that Korvan owns in Maltrix.", "en", ("owns", "Korvan", "Maltrix", "active")),
    ("Delvo is buying the stake that Korvan holds in Maltrix.", "en", ("invests_in", "Korvan", "Maltrix", "active")),
    ("Delvo bought the majority stake that Korvan held in Maltrix.", "en", ("owns", "Korvan", "Maltrix", "ended")),
])
def test_stake_held_in_an_object_relative(sentence, language, expected):
    found = [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]
    assert expected in found


@pytest.mark.parametrize("sentence, language", [
    ("Delvo compra la participación que la familia Korvan tiene en Maltrix.", "es"),
    ("Delvo ha completado la compra del 50% que Korvan tenía en Maltrix, la empresa que ambas crearon.", "es"),
])
def test_stake_relative_of_people_or_half_a_venture(sentence, language):
    assert not any(t in ("owns", "invests_in") and s == "Korvan" for t, s, _d in _pairs(sentence, language))


@pytest.mark.parametrize("sentence, language", [
    ("Korvan also operates Delvo, a joint venture with Maltrix, whose plant in Ohio serves Maltrix's models.", "en"),
    ("Korvan owns Delvo, a joint venture with Maltrix.", "en"),
    ("Korvan opera también Delvo, una empresa conjunta con Maltrix, cuya planta está en Ohio.", "es"),
])
def test_subject_running_a_venture_is_its_parent(sentence, language):
    assert ("joint_venture", "Korvan", "Maltrix") in _pairs(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("The plant is run by Delvo, a joint venture with Maltrix.", "en"),
    ("Korvan supplies Delvo, a joint venture with Maltrix.", "en"),
    ("La planta está gestionada por Delvo, una empresa conjunta con Maltrix.", "es"),
])
def test_other_verbs_before_a_venture_name_no_parent(sentence, language):
    assert ("joint_venture", "Korvan", "Maltrix") not in _pairs(sentence, language)


_D = ["Korvan", "Maltrix", "Delvo", "Arcadium"]


def _dpairs(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _D, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix está controlada por el fondo nórdico Korvan, mientras que el grupo de aluminio Delvo y la química "
     "Arcadium mantienen participaciones minoritarias.", "es"),
    ("Maltrix is controlled by Korvan, while Delvo and Arcadium hold minority stakes.", "en"),
])
def test_bare_minority_stakes_are_in_the_held_company(sentence, language):
    pairs = _dpairs(sentence, language)
    assert {("invests_in", "Delvo", "Maltrix"), ("invests_in", "Arcadium", "Maltrix"), ("owns", "Korvan", "Maltrix")} <= pairs


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix está controlada por Korvan, mientras que Delvo mantiene una participación minoritaria del 20%.", "es"),
    ("Maltrix, the cathode maker, is majority-owned by Korvan; Delvo retains a minority stake of about 15%.", "en"),
])
def test_one_bare_minority_stake(sentence, language):
    assert ("invests_in", "Delvo", "Maltrix") in _dpairs(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan bought a majority of Maltrix, while Delvo kept a minority stake.", "en"),
    ("Maltrix compró a Korvan su filial y Delvo mantiene una participación minoritaria.", "es"),
])
def test_bare_minority_needs_a_held_first_company(sentence, language):
    assert not any(t == "invests_in" and s == "Delvo" for t, s, _d in _dpairs(sentence, language))


@pytest.mark.parametrize("sentence", [
    "Delvo, integrada en el grupo Korvan desde 2019, fabrica baterías.",
    "Delvo está integrada en Korvan.",
    "Delvo, hoy integrada en Korvan, suministra celdas a Maltrix.",
])
def test_integrated_into_a_group_is_owned(sentence):
    assert ("owns", "Korvan", "Delvo") in _pairs(sentence, "es")


def test_integrated_into_unnamed_groups_is_nothing():
    sentence = "Korvan y Maltrix producen litio, mientras que Delvo y Arcadium, hoy integradas en otros grupos, fueron pioneras."
    assert not any(t == "owns" for t, _s, _d in _dpairs(sentence, "es"))
