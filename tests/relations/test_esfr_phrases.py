"""Spanish and French press phrasing: the conditional of report, reflexive takeovers, a time
between "took" and "control", standing owners in set phrases ("en manos de", "dans le giron de"),
and ventures set up "with" a partner. Sentences written for these tests with made-up companies
(rows that must link and near misses that must not)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang))]


C2 = ["Corvalis", "Brixo"]


# --- the conditional of report: a rumour, not a fact ---------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis suministraría baterías a Brixo, según el diario económico.", "es", ("supplies", "Corvalis", "Brixo", "rumoured")),
    ("Según fuentes del sector, Corvalis abastecería de celdas a Brixo a partir de 2027.", "es", ("supplies", "Corvalis", "Brixo", "rumoured")),
    ("Corvalis adquiriría Brixo por 300 millones, según fuentes cercanas.", "es", ("acquires", "Corvalis", "Brixo", "rumoured")),
    ("Corvalis se haría con Brixo, según la prensa local.", "es", ("acquires", "Corvalis", "Brixo", "rumoured")),
    ("Corvalis fournirait des cellules à Brixo, selon le quotidien économique.", "fr", ("supplies", "Corvalis", "Brixo", "rumoured")),
    ("Selon des sources proches du dossier, Corvalis livrerait des batteries à Brixo.", "fr", ("supplies", "Corvalis", "Brixo", "rumoured")),
    ("Corvalis s'emparerait de Brixo, selon l'agence.", "fr", ("acquires", "Corvalis", "Brixo", "rumoured")),
    ("Corvalis acquerrait Brixo pour 2 milliards, selon des sources.", "fr", ("acquires", "Corvalis", "Brixo", "rumoured")),
])
def test_conditional_of_report(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


def test_conditional_without_a_second_company_links_nothing():
    assert _t("Corvalis suministraría baterías a varios fabricantes, según la prensa.", C2, "es") == []
    assert _t("Corvalis fournirait des cellules à plusieurs constructeurs, selon la presse.", C2, "fr") == []


# --- reflexive takeovers and a time before "control" ----------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis s'est emparé de Brixo en 2019.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis s'était emparée du groupe Brixo avant la crise.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis s'emparera de Brixo l'an prochain.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Corvalis avait pris en 2021 le contrôle de Brixo.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis a pris déjà le contrôle total de Brixo.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis tomó en 2021 el control de Brixo.", "es", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis ha tomado ya el control del grupo Brixo.", "es", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_reflexive_takeover_and_time_before_control(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis tomó en 2021 el control de la planta de Brixo.", "es"),
    ("Corvalis s'est emparé du marché avant Brixo.", "fr"),
])
def test_control_of_a_plant_or_a_market_is_no_takeover(sentence, lang):
    assert [x for x in _t(sentence, C2, lang) if x[0] == "acquires"] == []


# --- standing owners in set phrases ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Brixo está en manos de Corvalis desde 2019.", "es"),
    ("Brixo, en manos del grupo Corvalis, amplía su planta.", "es"),
    ("Brixo opera bajo el paraguas del grupo Corvalis.", "es"),
    ("Brixo, dans le giron de Corvalis depuis 2019, agrandit son usine.", "fr"),
    ("Brixo est désormais aux mains de Corvalis.", "fr"),
    ("Brixo reste sous la coupe de Corvalis.", "fr"),
])
def test_standing_owner_phrase(sentence, lang):
    assert ("owns", "Corvalis", "Brixo", "active") in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Brixo pasó a manos de Corvalis en 2019.", "es", ("acquires", "Corvalis", "Brixo", "active")),
    ("Brixo est tombé dans l'escarcelle de Corvalis en 2019.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_changing_hands_is_an_acquisition(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis dejó la planta en manos de Brixo.", "es"),
    ("Corvalis a laissé le dossier aux mains de Brixo.", "fr"),
])
def test_leaving_a_matter_in_someones_hands_is_no_ownership(sentence, lang):
    assert [x for x in _t(sentence, C2, lang) if x[0] in ("owns", "acquires")] == []


# --- a venture set up with a partner --------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("En 2023 Corvalis creó con Brixo una empresa al 50% para desplegar cargadores.", "es"),
    ("Corvalis ha constituido con Brixo una sociedad a partes iguales.", "es"),
    ("En 2023, Corvalis a créé avec Brixo une société à 50-50 pour déployer des bornes.", "fr"),
    ("Corvalis a déjà créé Norvik avec Brixo, au Canada.", "fr"),
])
def test_venture_created_with_a_partner(sentence, lang):
    assert ("joint_venture", "Brixo", "Corvalis", "active") in _t(sentence, C2 + ["Norvik"], lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis creó con Brixo una filial para vender cargadores.", "es"),
    ("Corvalis a créé une usine avec Brixo.", "fr"),
    ("Corvalis a créé Model Y avec des ingénieurs de Brixo.", "fr"),
])
def test_creating_something_else_with_a_partner_is_no_venture(sentence, lang):
    assert [x for x in _t(sentence, C2, lang) if x[0] == "joint_venture"] == []


# --- a partnership verb in a relative of "with" ---------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis vende cargadores en Brixo, con la que colabora desde 2021 en baterías.", "es", ("partners_with", "Brixo", "Corvalis", "active")),
    ("Corvalis compra celdas a Brixo, con la que Norvik colabora desde 2021.", "es", ("partners_with", "Brixo", "Norvik", "active")),
    ("Corvalis a visité Brixo, avec laquelle il collabore depuis 2021.", "fr", ("partners_with", "Brixo", "Corvalis", "active")),
    ("Corvalis achète des cellules à Brixo, avec qui Norvik travaille déjà.", "fr", ("partners_with", "Brixo", "Norvik", "active")),
])
def test_partner_in_a_relative_of_with(sentence, lang, expected):
    assert expected in _t(sentence, C2 + ["Norvik"], lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis elogió a Brixo, que colabora con universidades.", "es"),
    ("Corvalis cite Brixo, qui travaille avec des universités.", "fr"),
])
def test_a_subject_relative_is_no_partnership_with_the_main_subject(sentence, lang):
    assert [x for x in _t(sentence, C2, lang) if x[0] == "partners_with"] == []


# --- Spanish marks a company object with "a" -------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Corvalis, que controla desde 2022 a la alemana Brixo, crece.", ("owns", "Corvalis", "Brixo", "active")),
    ("Corvalis controla a la alemana Brixo.", ("owns", "Corvalis", "Brixo", "active")),
    ("Corvalis adquirió a la alemana Brixo en 2019.", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis compró al grupo Brixo por 300 millones.", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_personal_a_object(sentence, expected):
    assert expected in _t(sentence, C2, "es")


@pytest.mark.parametrize("sentence", [
    "Corvalis compró a Brixo una planta.",
    "Corvalis compró a Brixo el 30% de Norvik.",
    "Corvalis compró a Brixo su filial Norvik.",
])
def test_a_marks_the_seller_when_something_bought_follows(sentence):
    assert [x for x in _t(sentence, C2 + ["Norvik"], "es") if x[2] == "Brixo" and x[0] in ("owns", "acquires", "invests_in")] == []


# --- a name after "verb and" starts the next member of a list -------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Norvik amplía su cartera: Corvalis firma, Brixo ya entrega y Faltex, en el aire.", "es"),
    ("Norvik élargit ses sources : Corvalis signe, Brixo livre déjà et Faltex attend.", "fr"),
    ("Corvalis signs, Brixo already delivers and Faltex waits.", "en"),
])
def test_verb_then_conjunction_then_name_is_no_object(sentence, lang):
    assert [x for x in _t(sentence, ["Corvalis", "Brixo", "Norvik", "Faltex"], lang) if x[0] == "supplies"] == []


def test_verb_then_recipient_still_links():
    assert ("supplies", "Brixo", "Faltex", "active") in _t("Brixo suministra celdas a Faltex y a Norvik.", ["Brixo", "Faltex", "Norvik"], "es")


# --- the parent of a described unit; "la compra de Y" buys a company ------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis, el holding matriz del fabricante de neumáticos Brixo, cotiza en Madrid.", "es"),
    ("Corvalis, matriz de la aerolínea Brixo, crece.", "es"),
    ("Corvalis, la casa matriz de Brixo, crece.", "es"),
    ("Corvalis, la maison mère du fabricant de pneus Brixo, a bouclé son exercice.", "fr"),
    ("Corvalis, la maison mère de Brixo, grandit.", "fr"),
    ("Corvalis est la maison mère de Brixo.", "fr"),
    ("Brixo et sa maison mère Corvalis grandissent.", "fr"),
])
def test_parent_of_a_described_unit(sentence, lang):
    assert _t(sentence, C2, lang) == [("owns", "Corvalis", "Brixo", "active")]


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis, fabricante de neumáticos, completó la compra de Faltex.", "es"),
    ("Corvalis completó la compra de Faltex, fabricante de neumáticos.", "es"),
    ("Corvalis, produttore di pneumatici, ha completato l'acquisto di Faltex.", "it"),
])
def test_the_purchase_of_a_company_is_no_supply(sentence, lang):
    assert _t(sentence, ["Corvalis", "Faltex"], lang) == [("acquires", "Corvalis", "Faltex", "active")]


@pytest.mark.parametrize("sentence", [
    "Corvalis anunció la compra de neumáticos a Faltex.",
    "Corvalis compra neumáticos de Faltex.",
])
def test_goods_bought_from_a_company_still_supply(sentence):
    assert [x[:3] for x in _t(sentence, ["Corvalis", "Faltex"], "es")] == [("supplies", "Faltex", "Corvalis")]


# --- an owner with a long description before its name ---------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Brixo está controlada por el fondo soberano de Abu Dabi Corvalis, con el 61% del capital.", "es"),
    ("Brixo est contrôlée par le fonds souverain de Nouvelle Calédonie Corvalis depuis 2019.", "fr"),
])
def test_owner_after_a_six_word_description(sentence, lang):
    assert ("owns", "Corvalis", "Brixo", "active") in _t(sentence, C2, lang)


def test_owner_description_with_a_conjunction_is_no_description():
    # (past the first 28 characters only a description without a conjunction or a number reaches the name)
    assert [x for x in _t("Brixo está controlada por sus socios fundadores españoles y el fondo Corvalis.", C2, "es") if x[0] == "owns"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Corvalis culmina la venta de Faltex a Brixo.", [("acquires", "Brixo", "Faltex", "active"), ("owns", "Corvalis", "Faltex", "ended")]),
    ("Corvalis culmina la compra de Brixo.", [("acquires", "Corvalis", "Brixo", "active")]),
])
def test_a_headline_present_of_completion(sentence, expected):
    assert sorted(_t(sentence, C2 + ["Faltex"], "es")) == sorted(expected)


# --- a former unit ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis sacó a bolsa Brixo, su antigua filial, en 2022.", "es"),
    ("Corvalis trabaja con su ex filial Brixo.", "es"),
    ("Corvalis a cédé plusieurs activités, à commencer par la mise en Bourse de Brixo, son ancienne division, en 2022.", "fr"),
    ("Corvalis a introduit en Bourse Brixo, son ex-filiale.", "fr"),
])
def test_a_former_unit_is_an_ended_ownership(sentence, lang):
    assert ("owns", "Corvalis", "Brixo", "ended") in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis trabaja con Brixo, su filial.", "es"),
    ("Corvalis travaille avec Brixo, sa filiale.", "fr"),
])
def test_a_present_unit_stays_active(sentence, lang):
    assert ("owns", "Corvalis", "Brixo", "active") in _t(sentence, C2, lang)


# --- an object relative after a comma is no list ("Y, que X a rachetée") --------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Brixo, que Corvalis a rachetée en 2019, emploie 300 personnes.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Brixo, que Corvalis rachète, grandit.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo, che Corvalis ha acquisito nel 2019, cresce.", "it", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_object_relative_after_a_comma(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Aussi bien Brixo que Corvalis livrent Faltex.", "fr"),
    ("Sia Brixo che Corvalis forniscono Faltex.", "it"),
])
def test_correlative_lists_still_join(sentence, lang):
    got = _t(sentence, C2 + ["Faltex"], lang)
    assert ("supplies", "Brixo", "Faltex", "active") in got and ("supplies", "Corvalis", "Faltex", "active") in got


# --- takeover idioms -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis se queda con Brixo por 300 millones.", "es", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Corvalis se queda en solitario con Brixo tras la salida de Faltex.", "es", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Corvalis se queda con el 20% de Brixo.", "es", ("invests_in", "Corvalis", "Brixo", "announced")),
    ("Corvalis toma un 20% de Brixo.", "es", ("invests_in", "Corvalis", "Brixo", "announced")),
    ("Corvalis s'offre l'allemand Brixo pour 300 millions.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Corvalis s'est offert Brixo en 2019.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis s'offre 20 % de Brixo.", "fr", ("invests_in", "Corvalis", "Brixo", "announced")),
    ("Corvalis va mettre la main sur Brixo.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Corvalis a mis la main sur Brixo en 2019.", "fr", ("acquires", "Corvalis", "Brixo", "active")),
    ("Corvalis fait main basse sur Brixo.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
])
def test_takeover_idioms(sentence, lang, expected):
    assert expected in _t(sentence, C2 + ["Faltex"], lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis se queda con la planta de Brixo.", "es"),
    ("Corvalis se queda con el 30% del mercado frente a Brixo.", "es"),
    ("Corvalis s'offre un nouveau siège près de Brixo.", "fr"),
    ("Corvalis s'offre un siège à Brixo.", "fr"),
])
def test_takeover_idioms_need_a_company_object(sentence, lang):
    assert _t(sentence, C2, lang) == []


def test_winner_of_a_contract():
    assert ("supplies", "Brixo", "Corvalis", "announced") in _t(
        "Brixo ha sido adjudicataria de un contrato de Corvalis para suministrar trenes.", C2, "es")


# --- a purpose clause with a dative clitic: the partner supplies the subject ----------------------

@pytest.mark.parametrize("sentence, lang, status", [
    ("Corvalis negocia con Brixo para que le suministre celdas a partir de 2027.", "es", "in_talks"),
    ("Corvalis firmó un acuerdo con Brixo para que le entregue baterías.", "es", "announced"),
    ("Corvalis a signé un accord avec Brixo pour qu'il lui fournisse des cellules.", "fr", "announced"),
])
def test_purpose_clause_with_a_dative_clitic(sentence, lang, status):
    got = _t(sentence, C2, lang)
    assert ("supplies", "Brixo", "Corvalis", status) in got and not [x for x in got if x[:3] == ("supplies", "Corvalis", "Brixo")]


def test_a_named_subject_in_the_purpose_clause_is_not_the_partner():
    assert [x for x in _t("Corvalis firmó con Brixo para que Faltex le suministre celdas.", C2 + ["Faltex"], "es")
            if x[1] == "Brixo"] == []


def test_stocking_up_reflexive():
    assert ("supplies", "Brixo", "Corvalis", "announced") in _t("Corvalis se surtirá de celdas de Brixo.", C2, "es")


# --- subcontractors; entering and leaving a company's capital; a date after the company ------------

@pytest.mark.parametrize("sentence, lang", [
    ("Brixo, subcontratista de Corvalis, crece.", "es"),
    ("Brixo, sous-traitant de Corvalis, grandit.", "fr"),
    ("Brixo travaille comme sous-traitant pour Corvalis.", "fr"),
])
def test_subcontractor_is_a_supplier(sentence, lang):
    assert ("supplies", "Brixo", "Corvalis", "active") in _t(sentence, C2, lang)


@pytest.mark.parametrize("sentence, lang, status", [
    ("Corvalis salió del capital de Brixo en 2023.", "es", "ended"),
    ("Corvalis sale del accionariado de Brixo.", "es", "ended"),
    ("Corvalis est sorti du capital de Brixo.", "fr", "ended"),
    ("Corvalis entró en el capital de Brixo en 2019.", "es", "active"),
    ("Corvalis entró en 2019 en el capital de Brixo.", "es", "active"),
    ("Corvalis entraría en el capital de Brixo, según la prensa.", "es", "rumoured"),
    ("Corvalis compró el 30% del capital de Brixo en 2019.", "es", "active"),
])
def test_entering_and_leaving_the_capital(sentence, lang, status):
    assert ("invests_in", "Corvalis", "Brixo", status) in _t(sentence, C2, lang)


def test_a_stake_held_in_a_third_company_is_still_read_past_the_holder():
    assert _t("Corvalis compró la participación de Brixo en Faltex.", C2 + ["Faltex"], "es") == [("invests_in", "Corvalis", "Faltex", "active")]
    assert _t("Corvalis compró la participación de Brixo en la planta de Jaén.", C2, "es") == []


# --- broken alliances, bids, ventures named by their split ----------------------------------------

def test_a_broken_alliance_is_ended():
    assert _t("Corvalis y Brixo han roto su alianza.", C2, "es") == [("partners_with", "Brixo", "Corvalis", "ended")]


def test_bidding_for_a_company():
    assert _t("Corvalis pujará por Brixo.", C2, "es") == [("acquires", "Corvalis", "Brixo", "announced")]


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis y Brixo ponen en marcha una sociedad al 50%.", "es"),
    ("Corvalis et Brixo lancent une société à 50-50 pour fabriquer des cellules.", "fr"),
])
def test_venture_named_by_its_split(sentence, lang):
    assert _t(sentence, C2, lang) == [("joint_venture", "Brixo", "Corvalis", "announced")]


def test_a_company_half_sold_is_no_venture():
    assert [x for x in _t("Corvalis vendió una empresa al 50% a Brixo.", C2, "es") if x[0] == "joint_venture"] == []


# --- casting machines are goods --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, status", [
    ("Corvalis, que compra a la italiana Brixo las gigaprensas, crece.", "es", "active"),
    ("Brixo suministrará a Corvalis dos gigaprensas para su planta.", "es", "announced"),
    ("Brixo livrera deux gigapresses à Corvalis.", "fr", "announced"),
])
def test_casting_machines_are_goods(sentence, lang, status):
    assert [x for x in triples(rels(sentence, C2, language=lang))] == [("supplies", "Brixo", "Corvalis", status, "casting machines")]


# --- buying in a relative governed by "to": the antecedent sells ----------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Brixo, a la que Corvalis compra celdas, crece.", "es"),
    ("Brixo, auquel Corvalis achète des cellules, grandit.", "fr"),
    ("Brixo, alla quale Corvalis acquista celle, cresce.", "it"),
])
def test_buying_in_a_relative_of_to(sentence, lang):
    assert _t(sentence, C2, lang) == [("supplies", "Brixo", "Corvalis", "active")]


@pytest.mark.parametrize("sentence, lang", [
    ("Brixo, a quien Corvalis ha encargado 100 trenes, crece.", "es"),
    ("Brixo, à qui Corvalis a commandé 100 trains, grandit.", "fr"),
])
def test_ordering_in_a_relative_of_to(sentence, lang):
    # an order placed is delivered later: announced
    assert _t(sentence, C2, lang) == [("supplies", "Brixo", "Corvalis", "announced")]


def test_supplying_in_a_relative_of_to_keeps_its_direction():
    assert _t("Brixo, a la que Corvalis suministra celdas, crece.", C2, "es") == [("supplies", "Corvalis", "Brixo", "active")]


# --- the group in brackets; a stake "en un 30%"; absorbed and joining -----------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Brixo (grupo Corvalis) crece.", "es", ("owns", "Corvalis", "Brixo", "active")),
    ("Brixo (groupe Corvalis) grandit.", "fr", ("owns", "Corvalis", "Brixo", "active")),
    ("Brixo, participada en un 30% por Corvalis, crece.", "es", ("invests_in", "Corvalis", "Brixo", "active")),
    ("Brixo fue absorbida por Corvalis en 2019.", "es", ("acquires", "Corvalis", "Brixo", "active")),
    ("Brixo será absorbida por Corvalis.", "es", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo se integró en el grupo Corvalis en 2019.", "es", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_group_membership_phrases(sentence, lang, expected):
    assert expected in _t(sentence, C2, lang)


def test_a_group_in_brackets_does_not_take_the_supply():
    got = _t("Faltex suministra a Brixo (grupo Corvalis) celdas.", C2 + ["Faltex"], "es")
    assert ("supplies", "Faltex", "Brixo", "active") in got and not [x for x in got if x[0] == "supplies" and x[2] == "Corvalis"]


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo a été absorbée par Corvalis en 2019.", ("acquires", "Corvalis", "Brixo", "active")),
    ("Brixo a intégré le groupe Corvalis en 2019.", ("acquires", "Corvalis", "Brixo", "active")),
    ("Brixo rejoint le groupe Corvalis.", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo est passée sous pavillon Corvalis.", ("acquires", "Corvalis", "Brixo", "active")),
])
def test_french_joining_a_group(sentence, expected):
    assert expected in _t(sentence, C2, "fr")


@pytest.mark.parametrize("sentence, lang", [
    ("Le PDG de Brixo a rejoint le groupe Corvalis.", "fr"),
    ("El consejero delegado de Brixo se integró en el grupo Corvalis.", "es"),
])
def test_a_person_of_the_company_joining_is_no_takeover(sentence, lang):
    assert _t(sentence, C2, lang) == []


# --- the pluperfect of the copula: a tie that was --------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis, que había sido el accionista de control de Brixo desde 2015, vende.", "es", ("owns", "Corvalis", "Brixo", "ended")),
    ("Corvalis había sido el principal proveedor de Brixo.", "es", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis avait été le principal fournisseur de Brixo.", "fr", ("supplies", "Corvalis", "Brixo", "ended")),
    ("Corvalis, qui avait été l'actionnaire majoritaire de Brixo, se retire.", "fr", ("owns", "Corvalis", "Brixo", "ended")),
])
def test_a_tie_that_had_been(sentence, lang, expected):
    assert _t(sentence, C2, lang) == [expected]


def test_the_present_copula_keeps_the_tie_active():
    assert _t("Corvalis es el accionista de control de Brixo.", C2, "es") == [("owns", "Corvalis", "Brixo", "active")]
