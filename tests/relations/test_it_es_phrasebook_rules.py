"""Italian and Spanish phrasings the phrasebook (test_phrasebook_it_es.py) found unread: "appartiene
ad", a pair that "collaborano" with no "con", "rifornisce di celle Y", reflexive alliances in the
perfect ("se han aliado"), "ha invertido ... en", "ha tomado el control de", present partnership
verbs as active ties and a deal noun that "terminó" / "si è concluso". Sentences written for these
tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

CO = ["Corvalis", "Brixo", "Kestrel"]


def got(text, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(text, CO, language=lang))]


def pairs(text, lang):
    return {(t, s, d) for t, s, d, _ in got(text, lang)}


# -- Italian ownership: "appartiene ad" (the euphonic d), plural and past forms ----------------------

@pytest.mark.parametrize("text", [
    "Brixo appartiene ad Corvalis dal 2019.",
    "Brixo e Kestrel appartengono al gruppo Corvalis.",
    "Brixo apparteneva alla Corvalis prima della crisi.",
])
def test_it_belongs_to(text):
    assert ("owns", "Corvalis", "Brixo") in pairs(text, "it")


# -- Italian partnership: a pair that works together, no "con" ----------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Corvalis e Brixo collaborano da anni nel settore navale.", "active"),
    ("Corvalis e Brixo cooperano sul software di bordo.", "active"),
    ("Corvalis e Brixo collaboreranno sui motori a idrogeno.", "announced"),
])
def test_it_pair_works_together(text, status):
    found = got(text, "it")
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} and st == status for t, s, d, st in found)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis collabora con Brixo sui sensori.", "it"),
    ("Corvalis colabora con Brixo en el desarrollo de motores.", "es"),
    ("Corvalis y Brixo colaboran desde 2019 en baterías.", "es"),
])
def test_present_partnership_verb_is_an_active_tie(text, lang):
    assert any(t == "partners_with" and st == "active" for t, _s, _d, st in got(text, lang))


def test_it_one_company_that_collaborates_links_nothing():
    assert pairs("Corvalis collabora da anni nel settore navale.", "it") == set()


# -- Italian supply: "rifornire di <goods> <customer>" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvalis rifornisce di celle Brixo.",
    "Corvalis rifornirà di acciaio la Brixo a partire dal 2026.",
    "Corvalis ha rifornito di motori elettrici Brixo per tre anni.",
    "Corvalis rifornisce già di batterie Brixo e Kestrel.",
])
def test_it_supplies_goods_then_customer(text):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, "it")


@pytest.mark.parametrize("text", [
    "Corvalis si rifornisce di celle da Brixo.",
    "Corvalis si rifornirà di energia rinnovabile da Brixo.",
])
def test_it_reflexive_procurement_keeps_its_direction(text):
    found = pairs(text, "it")
    assert ("supplies", "Corvalis", "Brixo") not in found
    assert ("supplies", "Brixo", "Corvalis") in found


# -- Spanish: reflexive alliance in the perfect, investing, taking control -----------------------------

@pytest.mark.parametrize("text", [
    "Corvalis y Brixo se han aliado para desarrollar combustibles renovables.",
    "Corvalis se ha aliado con Brixo en el hidrógeno.",
    "Corvalis y Brixo se habían aliado antes de la crisis.",
])
def test_es_reflexive_alliance(text):
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, "es"))


@pytest.mark.parametrize("text", [
    "Corvalis ha invertido 20 millones de euros en Brixo.",
    "Corvalis y Kestrel invirtieron 50 millones en Brixo.",
    "Corvalis invertirá junto a otros socios en Brixo.",
])
def test_es_invests(text):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, "es")


@pytest.mark.parametrize("text", [
    "Corvalis ha tomado el control de Brixo.",
    "Corvalis y Kestrel han tomado el control del grupo Brixo.",
])
def test_es_took_control(text):
    assert ("acquires", "Corvalis", "Brixo") in pairs(text, "es")


# -- a deal noun, then its end --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("La alianza entre Corvalis y Brixo terminó en 2022.", "es"),
    ("El contrato de suministro de Corvalis a Brixo finalizó el año pasado.", "es"),
    ("La partnership tra Corvalis e Brixo si è conclusa nel 2022.", "it"),
    ("L'accordo di fornitura tra Corvalis e Brixo è finito con la crisi.", "it"),
])
def test_deal_noun_then_its_end(text, lang):
    found = got(text, lang)
    assert found and all(st == "ended" for *_x, st in found)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis terminó el año con beneficios y suministra baterías a Brixo.", "es"),
    ("Corvalis ha concluso il trimestre in utile e fornisce batterie a Brixo.", "it"),
])
def test_an_end_of_something_else_leaves_the_tie_active(text, lang):
    assert ("supplies", "Corvalis", "Brixo", "active") in got(text, lang)


# -- a stake noun that names its holder with "of" and no subject ---------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("La quota di Corvalis in Brixo è salita al 37%.", "it"),
    ("La partecipazione di Corvalis nella Brixo vale 2 miliardi.", "it"),
    ("La participación de Corvalis en Brixo es del 26%.", "es"),
    ("La participación de Corvalis en Brixo se ha revalorizado.", "es"),
])
def test_stake_of_holder_in_company(text, lang):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Kestrel ha comprato la quota di Corvalis in Brixo.", "it"),
    ("Kestrel compró la participación de Corvalis en Brixo.", "es"),
])
def test_stake_bought_from_its_holder_goes_to_the_buyer(text, lang):
    found = pairs(text, lang)
    assert any(s == "Kestrel" and d == "Brixo" for _t, s, d in found)
    assert ("invests_in", "Corvalis", "Brixo") not in found or ("invests_in", "Kestrel", "Brixo") in found


def test_stake_of_holder_in_a_year_is_no_company():
    assert pairs("La quota di Corvalis nel 2021 era del 10%.", "it") == set()


# -- a pair joined by a hyphen right after a partnership noun (headlines) ------------------------------

@pytest.mark.parametrize("text, lang, typ", [
    ("Alleanza Corvalis-Brixo sull'idrogeno.", "it", "partners_with"),
    ("Accordo Corvalis-Brixo per la ricarica.", "it", "partners_with"),
    ("Nasce la joint venture Corvalis-Brixo in Spagna.", "it", "joint_venture"),
    ("Acuerdo Corvalis-Brixo para la recarga de vehículos.", "es", "partners_with"),
    ("Alianza Corvalis-Brixo en baterías.", "es", "partners_with"),
])
def test_hyphen_pair_after_partnership_noun(text, lang, typ):
    assert any(t == typ and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Il titolo Corvalis-Brixo sale in Borsa.", "it"),
    ("Las acciones Corvalis-Brixo suben.", "es"),
])
def test_hyphen_pair_without_a_deal_noun_links_nothing(text, lang):
    assert pairs(text, lang) == set()


# -- funding rounds -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("La ronda de Brixo, liderada por Corvalis, asciende a 50 millones.", "es"),
    ("Il round di Brixo, guidato da Corvalis, vale 40 milioni.", "it"),
    ("Corvalis ha liderado una ronda de 50 millones en Brixo.", "es"),
    ("Corvalis encabezó la ronda de financiación en Brixo.", "es"),
])
def test_round_and_its_lead_investor(text, lang):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, lang)


# -- Spanish stakes: "entrar en el accionariado", "participa en Y con un 25%" ------------------------

@pytest.mark.parametrize("text", [
    "Corvalis ha entrado en el accionariado de Brixo.",
    "Corvalis entró en el capital de Brixo en 2020.",
    "Corvalis participa en Brixo con un 25%.",
    "Corvalis participa en Brixo con el 10 por ciento.",
])
def test_es_stake_phrases(text):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, "es")


def test_es_taking_part_in_a_project_is_no_stake():
    assert ("invests_in", "Corvalis", "Brixo") not in pairs("Corvalis participa en el proyecto de Brixo con entusiasmo.", "es")


# -- a joint venture with its parents after a participle; equal partners -----------------------------

@pytest.mark.parametrize("text, lang", [
    ("La empresa conjunta formada por Corvalis y Brixo invertirá 400 millones.", "es"),
    ("La sociedad conjunta, participada a partes iguales por Corvalis y Brixo, abrirá en 2026.", "es"),
    ("Corvalis y Brixo serán socios al 50% en la nueva sociedad.", "es"),
    ("Corvalis e Brixo saranno soci al 50% nella nuova società.", "it"),
    ("Corvalis e Brixo sono soci paritetici nella società.", "it"),
])
def test_joint_venture_parents(text, lang):
    assert any(t == "joint_venture" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, lang))


# -- the group in brackets; a partner chosen ---------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Brixo (gruppo Corvalis) ha chiuso un impianto.", "it"),
    ("Brixo (del gruppo Corvalis) cresce.", "it"),
    ("Brixo (grupo Corvalis) ha cerrado el año con beneficios.", "es"),
])
def test_group_in_brackets_owns(text, lang):
    assert ("owns", "Corvalis", "Brixo") in pairs(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis ha scelto Brixo come partner tecnologico per i sensori.", "it"),
    ("Corvalis ha selezionato Brixo quale partner per la ricarica.", "it"),
    ("Corvalis ha elegido a Brixo como socio para su red de recarga.", "es"),
    ("Corvalis eligió a Brixo como socio tecnológico.", "es"),
])
def test_partner_chosen(text, lang):
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Corvalis ha scelto Brixo come fornitore delle celle.", "it"),
])
def test_supplier_chosen_is_still_a_supply(text, lang):
    found = pairs(text, lang)
    assert ("supplies", "Brixo", "Corvalis") in found
    assert not any(t == "partners_with" for t, _s, _d in found)


# -- an order placed with a maker; deliveries to a customer ------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Brixo ha firmato un ordine con Corvalis per 100 treni.", "it"),
    ("Brixo ha piazzato ordini con Corvalis per nuovi autobus.", "it"),
    ("Brixo ha firmado un pedido con Corvalis para treinta trenes.", "es"),
    ("Brixo cerró un encargo con Corvalis de 50 autobuses.", "es"),
])
def test_order_placed_with_a_maker(text, lang):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis ha avviato le consegne a Brixo delle nuove linee.", "it"),
    ("Corvalis ha completato la consegna alla Brixo dei primi moduli.", "it"),
    ("Corvalis ha iniciado las entregas a Brixo.", "es"),
    ("Corvalis aceleró la entrega a Brixo de los primeros motores.", "es"),
])
def test_deliveries_to_a_customer(text, lang):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, lang)


# -- "lavora con" / "trabaja con" a named partner, not a noun of partners -----------------------------

@pytest.mark.parametrize("text, lang", [
    ("Corvalis lavora con Brixo ai sensori per pneumatici.", "it"),
    ("Corvalis lavora insieme con la Brixo sul software.", "it"),
    ("Corvalis trabaja con Brixo en el desarrollo de chasis.", "es"),
])
def test_works_with_a_named_partner(text, lang):
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Corvalis lavora con fornitori come Brixo.", "it"),
    ("Corvalis trabaja con clientes como Brixo y Kestrel.", "es"),
])
def test_works_with_a_kind_of_company_is_no_partnership(text, lang):
    assert not any(t == "partners_with" for t, _s, _d in pairs(text, lang))


# -- the press's idioms of a takeover ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Corvalis mette le mani su Brixo.",
    "Corvalis ha messo le mani sulla Brixo per 2 miliardi.",
    "Brixo entra nell'orbita di Corvalis.",
    "Brixo è entrata nell'orbita del gruppo Corvalis.",
    "Brixo finisce nelle mani di Corvalis.",
    "Brixo finirà sotto il controllo di Corvalis.",
])
def test_it_takeover_idioms(text):
    assert ("acquires", "Corvalis", "Brixo") in pairs(text, "it")


# -- a bid named with its bidder: "la opa de X sobre Y", "l'OPA di X su Y" ---------------------------

@pytest.mark.parametrize("text, lang", [
    ("La opa de Corvalis sobre Brixo ha sido aprobada.", "es"),
    ("La oferta de Corvalis por Brixo vence en junio.", "es"),
    ("La opa hostil de Corvalis sobre Brixo divide al consejo.", "es"),
    ("L'OPA di Corvalis su Brixo è stata respinta.", "it"),
    ("L'offerta di Corvalis sulla Brixo scade a giugno.", "it"),
])
def test_bid_of_bidder_on_target(text, lang):
    found = pairs(text, lang)
    assert ("acquires", "Corvalis", "Brixo") in found
    assert ("acquires", "Brixo", "Corvalis") not in found


@pytest.mark.parametrize("text, lang", [
    ("Kestrel asesora a Corvalis en la opa de Corvalis sobre Brixo.", "es"),
    ("Kestrel è advisor dell'OPA di Corvalis su Brixo.", "it"),
])
def test_adviser_of_a_bid_is_no_party(text, lang):
    found = pairs(text, lang)
    assert ("acquires", "Corvalis", "Brixo") in found
    assert not any("Kestrel" in (s, d) for _t, s, d in found)


# -- Spanish "se ha adjudicado": won, not awarded -------------------------------------------------------

@pytest.mark.parametrize("text, supplier, customer", [
    ("Corvalis se ha adjudicado el suministro de chasis para Brixo.", "Corvalis", "Brixo"),
    ("Brixo adjudicó el suministro de baterías a Corvalis.", "Corvalis", "Brixo"),
])
def test_es_award_direction(text, supplier, customer):
    found = pairs(text, "es")
    assert ("supplies", supplier, customer) in found
    assert ("supplies", customer, supplier) not in found


# -- the goods between a supply noun and its supplier ------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("La fornitura di celle di Corvalis a Brixo è iniziata nel 2023.", "it"),
    ("Le forniture di batterie LFP di Corvalis alla Brixo sono iniziate.", "it"),
    ("El suministro de baterías de Corvalis a Brixo comenzó en 2023.", "es"),
])
def test_supply_noun_goods_then_supplier(text, lang):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, lang)


def test_supply_noun_with_a_third_name_between_is_not_read_that_way():
    found = pairs("La fornitura di celle di Kestrel, Corvalis e Brixo a Stellantis.", "it")
    assert ("supplies", "Corvalis", "Brixo") not in found


# -- statuses: a deal in force, a sale cancelled ------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("L'accordo tra Corvalis e Brixo è in vigore dal 2021.", "it"),
    ("Il contratto di fornitura tra Corvalis e Brixo resta in vigore.", "it"),
    ("El acuerdo entre Corvalis y Brixo está en vigor desde 2021.", "es"),
])
def test_deal_in_force_is_active(text, lang):
    found = got(text, lang)
    assert found and all(st == "active" for *_x, st in found)


@pytest.mark.parametrize("text", [
    "La venta de Brixo a Corvalis quedó cancelada.",
    "La compra de Brixo por Corvalis fue anulada por el regulador.",
    "La opa de Corvalis sobre Brixo quedó frustrada.",
])
def test_es_cancelled_sale_is_ended(text):
    found = got(text, "es")
    assert ("acquires", "Corvalis", "Brixo", "ended") in found


# -- the maker named after the goods, with a verb of use -----------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Brixo monta freni Corvalis su tutte le sue vetture.", "it"),
    ("Brixo utilizza celle Corvalis per la sua prima elettrica.", "it"),
    ("Brixo monta baterías de Corvalis en su nuevo modelo.", "es"),
    ("Brixo utiliza baterías Corvalis en el Born.", "es"),
])
def test_use_of_goods_of_a_maker(text, lang):
    assert ("supplies", "Corvalis", "Brixo") in pairs(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Brixo utilizza la piattaforma Corvalis.", "it"),
    ("Brixo usa batterie e Corvalis usa celle.", "it"),
    ("Brixo utiliza la red de Corvalis.", "es"),
])
def test_use_without_goods_of_a_maker_is_no_supply(text, lang):
    assert not any(t == "supplies" for t, _s, _d in pairs(text, lang))


# -- money raised from named investors ----------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Brixo ha raccolto 200 milioni di euro da Corvalis e Kestrel.", "it"),
    ("Brixo ha captado 50 millones de euros de Corvalis.", "es"),
    ("Brixo recaudó 30 millones de Corvalis y Kestrel.", "es"),
])
def test_money_raised_from_investors(text, lang):
    assert ("invests_in", "Corvalis", "Brixo") in pairs(text, lang)


def test_es_profit_obtained_is_no_funding():
    assert pairs("Brixo ha obtenido 50 millones de beneficio gracias a Corvalis.", "es") == set()


# -- assembling for a customer ------------------------------------------------------------------------

def test_it_assembles_for_a_customer():
    assert ("supplies", "Corvalis", "Brixo") in pairs("Corvalis assembla a Graz i SUV per conto di Brixo.", "it")


@pytest.mark.parametrize("text, lang", [
    ("L'accordo tra Corvalis e Brixo entrerà in vigore nel 2026.", "it"),
    ("El acuerdo entre Corvalis y Brixo entrará en vigor en 2026.", "es"),
])
def test_deal_entering_into_force_later_is_not_active(text, lang):
    found = got(text, lang)
    assert found and all(st != "active" for *_x, st in found)


# -- Spanish: the conditional of report of "comprar"; "ultima" a deal -----------------------------------

@pytest.mark.parametrize("text", [
    "Corvalis compraría Brixo, según la prensa.",
    "Según ha podido saber este diario, Corvalis compraría Brixo.",
    "Corvalis y Kestrel comprarían Brixo, según fuentes del mercado.",
])
def test_es_conditional_purchase_is_rumoured(text):
    assert ("acquires", "Corvalis", "Brixo", "rumoured") in got(text, "es")


@pytest.mark.parametrize("text", [
    "Corvalis ultima la compra de Brixo.",
    "Corvalis ultima el acuerdo para adquirir Brixo.",
])
def test_es_finalising_a_deal_is_in_talks(text):
    assert ("acquires", "Corvalis", "Brixo", "in_talks") in got(text, "es")


def test_es_finalised_deal_is_done():
    assert ("acquires", "Corvalis", "Brixo", "active") in got("Corvalis ultimó la compra de Brixo en marzo.", "es")


# -- having a share: "ha il 70% di Y", "tiene el 100% de Y"; a share "in mano a" its holder ----------

@pytest.mark.parametrize("text, lang, typ", [
    ("Corvalis ha il 70% di Brixo.", "it", "owns"),
    ("Corvalis ha in portafoglio il 27% di Brixo.", "it", "invests_in"),
    ("Corvalis aveva circa il 15% della Brixo.", "it", "invests_in"),
    ("Corvalis tiene el 100% de Brixo.", "es", "owns"),
    ("Corvalis mantiene un 26% de Brixo.", "es", "invests_in"),
])
def test_having_a_share(text, lang, typ):
    assert (typ, "Corvalis", "Brixo") in pairs(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Corvalis ha il 20% delle vendite di Brixo.", "it"),
    ("Corvalis ha il 30% di quota di mercato, contro il 20% di Brixo.", "it"),
    ("Corvalis tiene un 26% del mercado de Brixo.", "es"),
])
def test_having_a_share_of_something_else_is_no_stake(text, lang):
    assert pairs(text, lang) == set()


def test_it_share_in_the_hands_of_its_holder():
    assert ("invests_in", "Corvalis", "Brixo") in pairs("Il 37% di Brixo è in mano a Corvalis.", "it")


# -- Spanish "tiene como ... a Y": the subject of "have" anchors the noun --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Brixo tiene como primer accionista a Corvalis.", ("invests_in", "Corvalis", "Brixo")),
    ("Corvalis tiene como principal cliente a Brixo.", ("supplies", "Corvalis", "Brixo")),
])
def test_es_have_as(text, expected):
    found = pairs(text, "es")
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


# -- a joint project; a collaboration that goes on; owners of a venture each with a share -----------------

@pytest.mark.parametrize("text, lang", [
    ("Corvalis ha avviato con Brixo un progetto comune sui sensori.", "it"),
    ("Corvalis e Brixo lanciano un progetto congiunto sull'idrogeno.", "it"),
    ("Corvalis ha puesto en marcha con Brixo un proyecto conjunto.", "es"),
])
def test_joint_project_is_a_partnership(text, lang):
    assert any(t == "partners_with" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, lang))


def test_it_collaboration_that_goes_on_is_active():
    found = got("Prosegue la collaborazione tra Corvalis e Brixo.", "it")
    assert any(t == "partners_with" and st == "active" for t, _s, _d, st in found)


@pytest.mark.parametrize("text", [
    "La empresa conjunta, participada al 51% por Corvalis y al 49% por Brixo, tendrá su sede en Zaragoza.",
    "Kestrel, controlada en un 60% por Corvalis y en un 40% por Brixo, abrirá en 2026.",
])
def test_es_owners_each_with_a_share(text):
    assert any(t == "joint_venture" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, "es"))


def test_es_owners_with_a_token_share_are_no_joint_venture():
    text = "Kestrel, participada al 95% por Corvalis y al 5% por Brixo, abrirá en 2026."
    assert not any(t == "joint_venture" and {s, d} == {"Corvalis", "Brixo"} for t, s, d in pairs(text, "es"))
