"""Italian business-news constructions, on sentences written for these tests with made-up companies
(positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

C = ["Norvik", "Corvalis", "Tessaro", "Vostra", "Hollin Motors"]


def _t(sentence, companies=C, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="it", **kw))]


def _of(kind, sentence, companies=C, **kw):
    return [x for x in _t(sentence, companies, **kw) if x[0] == kind]


# --- "X, la società di Y": the unit noun taken by the entity stage for X itself -----------------------

@pytest.mark.parametrize("sentence,coref", [
    ("Vostra fornirà a Corvalis, la società di Norvik dedicata all'idrogeno, le celle per i camion.", {"la società": "Corvalis"}),
    ("Corvalis, la controllata di Norvik attiva nei motori, apre un impianto.", {"la controllata": "Corvalis"}),
])
def test_unit_noun_in_apposition_taken_as_the_unit(sentence, coref):
    assert _of("owns", sentence, coref=coref) == [("owns", "Norvik", "Corvalis", "active")]


def test_unit_noun_after_a_preposition_is_no_apposition():
    sentence = "Il gruppo svedese nega l'ingresso nella società di Norvik e Corvalis."
    assert _of("owns", sentence, coref={"Il gruppo svedese": "Tessaro", "nella società": "Tessaro"}) == []


# --- a date between the verb and its object ------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Norvik, che controlla dal 2015 Corvalis, ha chiuso l'anno in utile.", ("owns", "Norvik", "Corvalis", "active")),
    ("Norvik ha rilevato nel 2021 Corvalis per 300 milioni di euro.", ("acquires", "Norvik", "Corvalis", "active")),
])
def test_dated_verb_keeps_its_object(sentence, expected):
    assert expected in _t(sentence)


def test_dated_verb_with_another_object():
    assert _t("Norvik controlla dal 2015 il mercato italiano e Corvalis quello spagnolo.") == []


# --- "X, la società ... che Y ha rilevato": a longer description before the object relative -----------

def test_object_relative_after_a_long_description():
    sentence = "Corvalis, la società svedese specializzata nei separatori ceramici che Norvik ha rilevato nel 2019, produce a Lund."
    assert _of("acquires", sentence) == [("acquires", "Norvik", "Corvalis", "active")]


# --- statuses: a dated future, a signature, a tie already running, a venture in apposition ------------

@pytest.mark.parametrize("sentence,status", [
    ("Norvik dal 2028 fornirà le celle a Corvalis.", "announced"),  # "dal" with a future verb: not yet running
    ("Norvik, che sta costruendo una gigafactory a Termoli, dal 2028 fornirà le celle a Corvalis.", "announced"),
    ("Norvik ha già firmato un contratto di fornitura di celle con Corvalis, con consegne dal 2028.", "announced"),
    ("Norvik dal 2019 fornisce le celle a Corvalis.", "active"),
    ("Norvik fornisce già le celle a Corvalis.", "active"),
])
def test_supply_status_from_dates_and_signatures(sentence, status):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", status)]


@pytest.mark.parametrize("sentence,status", [
    ("Norvik e Tessaro hanno aperto un laboratorio comune a Torino, operativo da gennaio.", "active"),
    ("Norvik e Tessaro hanno aperto un laboratorio comune a Torino, che sarà operativo dal 2027.", "announced"),
])
def test_partnership_already_operating(sentence, status):
    assert _of("partners_with", sentence) == [("partners_with", "Norvik", "Tessaro", status)]


def test_venture_in_apposition_to_an_agent_exists():
    sentence = "Il progetto era stato annunciato nel 2022 da Corvalis, la joint venture fra Norvik e Tessaro nata per produrre celle."
    assert _of("joint_venture", sentence) == [("joint_venture", "Norvik", "Tessaro", "active")]


# --- "acquistare da Y": an active verb, "da" marks the seller, never a passive agent -------------------

@pytest.mark.parametrize("sentence", [
    "Norvik ha acquistato materiale da Corvalis per due anni.",
    "Norvik acquista da Corvalis gran parte dei suoi componenti.",
])
def test_buying_goods_from_a_company_is_no_takeover_by_it(sentence):
    assert _of("acquires", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Corvalis, acquisita nel 2019 da Norvik, produce separatori.",
    "Corvalis è stata acquistata da Norvik nel 2019.",
])
def test_passive_participle_keeps_its_agent(sentence):
    assert _of("acquires", sentence) == [("acquires", "Norvik", "Corvalis", "active")]


# --- winning and awarding an order: who supplies whom ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Vostra ha ottenuto da Norvik la fornitura dei sedili per la nuova berlina.",
    "Vostra si è aggiudicata da Norvik una commessa da 200 milioni per i cablaggi.",
    "Norvik ha assegnato a Vostra una commessa da 300 milioni per i cablaggi.",
])
def test_order_won_from_or_awarded_by_the_customer(sentence):
    assert _of("supplies", sentence) == [("supplies", "Vostra", "Norvik", "announced")]


def test_supply_awarded_to_the_supplier():
    got = _of("supplies", "Norvik ha indetto una gara per i sedili; la fornitura è stata aggiudicata a Vostra.")
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Vostra", "Norvik")]


@pytest.mark.parametrize("sentence", [
    "Vostra ha ottenuto da Norvik un prestito da 200 milioni.",
    "Norvik ha affidato a Vostra la gestione del marchio.",
    "Norvik ha assegnato a Vostra il premio per il miglior fornitore.",
])
def test_no_order_no_supply(sentence):
    assert _of("supplies", sentence) == []


def test_supply_to_a_recipient_without_an_award():
    assert _of("supplies", "Norvik avvia la fornitura di celle a Vostra.") == [("supplies", "Norvik", "Vostra", "announced")]


# --- a sale told in an object relative: "Y, che X ha ceduto a Z" -----------------------------------------

def test_sale_in_an_object_relative_names_buyer_and_seller():
    sentence = "I moduli arriveranno da Corvalis, la società tedesca che Norvik ha ceduto nel 2023 all'indiana Tessaro per 500 milioni."
    got = _t(sentence)
    assert ("acquires", "Tessaro", "Corvalis", "active") in got
    assert ("owns", "Norvik", "Corvalis", "ended") in got


def test_sale_in_an_object_relative_with_a_clitic_buyer():
    # "le" stands for the buyer named before; the seller's past ownership is still read
    sentence = "Vostra ha completato l'acquisizione di Corvalis, lo specialista dei freni che Norvik le ha ceduto per 400 milioni."
    assert ("owns", "Norvik", "Corvalis", "ended") in _t(sentence)


def test_stake_sold_in_a_relative_is_no_ownership():
    got = _t("Corvalis, di cui Norvik ha ceduto il 20% a Tessaro, produce freni.")
    assert got == [("invests_in", "Tessaro", "Corvalis", "active")]


def test_subject_relative_selling_goods_is_no_sale_of_the_company():
    # selling goods is a supply (the product gate sees "freni"), never a sale of the company
    assert _t("Corvalis, che vende ricambi a Tessaro, produce freni.") == [("supplies", "Corvalis", "Tessaro", "active")]


# --- "Y passa a X": a change of owner ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Corvalis passa a Norvik.", ("acquires", "Norvik", "Corvalis", "active")),
    ("Corvalis, la divisione dei veicoli militari, è passata al gruppo tedesco Norvik il mese scorso.", ("acquires", "Norvik", "Corvalis", "active")),
    ("Il 20% di Corvalis passa a Norvik per 300 milioni.", ("invests_in", "Norvik", "Corvalis", "active")),
])
def test_company_passes_to_a_new_owner(sentence, expected):
    assert _t(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Corvalis passa al contrattacco contro Norvik.",
    "La guida di Corvalis passa a Mario Rossi, ex manager di Norvik.",
    "Corvalis passa alla produzione di celle per Norvik.",
])
def test_passing_to_something_else(sentence):
    assert _t(sentence) == []


# --- "X ha come azionista Y", "X ha in Y il primo azionista" ----------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Corvalis, la società di Norvik che produce assali, ha come azionista di minoranza il fondo svedese Tessaro, entrato nel capitale nel 2024.",
     ("invests_in", "Tessaro", "Corvalis", "active")),
    ("Corvalis ha come fornitore principale Vostra.", ("supplies", "Vostra", "Corvalis", "active")),
    ("Corvalis ha in Norvik il principale cliente.", ("supplies", "Corvalis", "Norvik", "active")),
])
def test_have_as_names_the_referent(sentence, expected):
    assert expected in _t(sentence)


def test_shareholder_in_a_relative_clause_stands_through_a_denial():
    sentence = "Corvalis, il produttore di freni che ha in Norvik il primo azionista, ha smentito le indiscrezioni."
    assert _t(sentence) == [("invests_in", "Norvik", "Corvalis", "active")]


def test_relative_clause_with_its_own_rumour_keeps_it():
    assert _t("Corvalis, di cui Norvik sarebbe diventata il primo azionista, ha smentito.") == [("invests_in", "Norvik", "Corvalis", "denied")]


@pytest.mark.parametrize("sentence", [
    "Corvalis ha in programma un aumento di capitale, e Norvik resta il primo azionista.",
])
def test_have_with_no_named_referent(sentence):
    assert _t(sentence) == []


# --- round 2: "Y, alla quale X fornisce": a relative governed by "a" names the customer -----------------

@pytest.mark.parametrize("sentence", [
    "Corvalis, alla quale Norvik fornisce i separatori dal 2021, ha chiuso il bilancio in utile.",
    "Corvalis, a cui Norvik consegna ogni mese i motori, ha chiuso il bilancio in utile.",
    # a dropped subject: the subject of the antecedent's clause supplies
    "Norvik detiene il 15% di Corvalis, il costruttore olandese di autobus, al quale consegna da anni le batterie.",
    "Norvik controlla il 12% di Corvalis, la società belga degli elettrolizzatori partecipata da Tessaro, alla quale fornisce da tempo le membrane.",
])
def test_relative_governed_by_to_names_the_customer(sentence):
    got = [x for x in _of("supplies", sentence) if x[2] == "Corvalis"]
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Norvik", "Corvalis")]


@pytest.mark.parametrize("sentence", [
    "Corvalis, alla quale Norvik ha ceduto la divisione dei freni, ha chiuso il bilancio in utile.",
    "Norvik ha presentato un'offerta a Corvalis, alla quale chiede una risposta entro marzo.",
    "Corvalis, a cui Norvik deve ancora 30 milioni per le celle, ha chiuso il bilancio in utile.",
])
def test_relative_governed_by_to_without_a_supply(sentence):
    assert _of("supplies", sentence) == []


# --- "X, che l'ha rilevata": an object clitic in a subject relative stands for the name before ---------

@pytest.mark.parametrize("sentence,expected", [
    ("Corvalis fa capo al fondo Norvik, che l'ha comprata nel 2021 per 900 milioni.", ("acquires", "Norvik", "Corvalis", "active")),
    ("Tessaro ha rilevato Corvalis da Norvik, che la controllava dal 2016.", ("acquires", "Tessaro", "Corvalis", "active")),
    ("Corvalis ha rinnovato il contratto con Vostra, che ne detiene il 18%.", ("invests_in", "Vostra", "Corvalis", "active")),
])
def test_object_clitic_in_a_subject_relative(sentence, expected):
    assert expected in _t(sentence)


@pytest.mark.parametrize("sentence", [
    "Corvalis lavora da anni con Norvik, che l'ha aiutata a crescere in Asia.",
    "Corvalis ha ringraziato Norvik, che la società ha rilevato nel 2019.",  # "la" is an article here
])
def test_clitic_without_a_deal_verb_or_with_an_article(sentence):
    assert [x for x in _t(sentence) if x[0] in ("acquires", "owns", "invests_in") and x[1] == "Norvik"] == []


def test_end_told_before_a_semicolon_is_not_the_next_clause_s():
    sentence = "Il venditore è Tessaro, che da oggi esce dal capitale; Corvalis è controllata da Norvik, che l'ha rilevata nel 2022."
    assert ("acquires", "Norvik", "Corvalis", "active") in _t(sentence)


# --- goods and their owner: brands of a group, cars named by a brand, a passive with the goods' owner ----

def test_brands_of_the_goods_give_way_to_their_owner():
    sentence = "Norvik fornisce dal 2022 i moduli per le utilitarie Tessaro e Vostra di Corvalis."
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "active")]


def test_brand_after_a_plural_article_stands_for_the_cars():
    sentence = "Norvik consegna a Corvalis i pacchi batteria che equipaggiano le Tessaro di nuova generazione."
    assert [(s, d) for _, s, d, _ in _of("supplies", sentence)] == [("Norvik", "Corvalis")]


@pytest.mark.parametrize("sentence", [
    "I sedili montati sulle berline di Corvalis sono forniti da Norvik dal 2019.",
    "Le celle per le vetture di Corvalis sono fornite da Norvik.",
])
def test_passive_supply_of_the_goods_of_a_customer(sentence):
    assert [(s, d) for _, s, d, _ in _of("supplies", sentence)] == [("Norvik", "Corvalis")]


@pytest.mark.parametrize("sentence", [
    "Le celle di Corvalis sono fornite anche ai concorrenti da Norvik, che le rivende.",  # not the goods of a customer
    "Le elettriche di Corvalis, secondo Norvik, sono fornite di batterie troppo piccole.",
])
def test_passive_supply_without_the_goods_of_a_customer(sentence):
    assert _of("supplies", sentence) == []


def test_goods_noun_before_a_passive_agent_keeps_the_agent():
    # Italian marks the goods' owner with "di", never with "da": "da" stays the passive agent
    got = _of("supplies", "Le celle per le elettriche sono fornite da Norvik a Corvalis.")
    assert [(s, d) for _, s, d, _ in got] == [("Norvik", "Corvalis")]


# --- a description found by coreference keeps its preposition ("dalla società", "dell'azienda") ---------

def test_description_with_its_preposition_is_no_subject_or_object():
    # "dalla società di Lund" is the seller of goods, never the company bought
    sentence = "Tra i clienti della divisione c'è Corvalis, che acquista dalla società di Lund lamiere per le scocche."
    assert _of("acquires", sentence, coref={"dalla società di Lund": "Norvik"}) == []


def test_description_with_of_is_the_company_held():
    # "che del costruttore è il primo azionista": the relative's antecedent holds, "del costruttore" is held
    sentence = "Corvalis, la holding che del costruttore di camion è il primo azionista, aderisce all'offerta."
    assert _t(sentence, coref={"del costruttore": "Norvik"}) == [("invests_in", "Corvalis", "Norvik", "active")]


def test_description_as_the_agent_of_a_participle_in_the_subject():
    sentence = "Le colonnine da 300 kW installate dalla società sono fornite dall'altoatesina Norvik, che le produce a Bolzano."
    assert [(s, d) for _, s, d, _ in _of("supplies", sentence, coref={"dalla società": "Corvalis"})] == [("Norvik", "Corvalis")]


# --- "un ingresso nel capitale di Y": a stake ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Secondo il quotidiano, Norvik avrebbe studiato un ingresso nel capitale di Corvalis.", "rumoured"),
    ("Norvik ha annunciato l'ingresso nel capitale di Corvalis con una quota del 9%.", "announced"),
])
def test_entry_into_the_capital_is_a_stake(sentence, status):
    assert _t(sentence) == [("invests_in", "Norvik", "Corvalis", status)]



# --- "controllata al 51% da A e al 49% da B": owners each named with a share ------------------------------

@pytest.mark.parametrize("sentence", [
    "Brando, la società di Pechino controllata al 51% da Norvik e al 49% da Corvalis, produce motori elettrici.",
    "Brando è detenuta al 60% da Norvik e per il restante 40% da Corvalis.",
])
def test_owners_named_with_their_shares_are_joint_owners(sentence):
    assert _of("joint_venture", sentence, companies=C + ["Brando"]) == [("joint_venture", "Corvalis", "Norvik", "active")]


@pytest.mark.parametrize("sentence", [
    "Brando è controllata al 95% da Norvik e al 5% da Corvalis.",  # a minority partner, no joint venture
    "Brando è controllata al 70% da Norvik, mentre Corvalis ha ceduto nel 2020 il 30% da Tessaro.",
])
def test_shares_that_make_no_joint_venture(sentence):
    assert _of("joint_venture", sentence, companies=C + ["Brando"]) == []


# --- statuses: a cancelled contract, a conditional of the future in the past, running since a time past -----

@pytest.mark.parametrize("sentence", [
    "Norvik ha cancellato il contratto di fornitura di separatori con Corvalis dopo due anni di ritardi.",
    "Norvik ha disdetto l'accordo di fornitura di motori con Corvalis.",
])
def test_cancelled_contract_has_ended(sentence):
    assert [st for *_, st in _of("supplies", sentence)] == ["ended"]


def test_future_in_the_past_is_no_rumour():
    sentence = "A marzo Norvik aveva annunciato l'offerta pubblica su Corvalis, e in molti avevano temuto che l'antitrust avrebbe bloccato tutto."
    assert _t(sentence) == [("acquires", "Norvik", "Corvalis", "announced")]


def test_reported_conditional_stays_a_rumour():
    sentence = "Secondo due fonti, Norvik avrebbe presentato un'offerta pubblica su Corvalis."
    assert _t(sentence) == [("acquires", "Norvik", "Corvalis", "rumoured")]


@pytest.mark.parametrize("sentence", [
    "Vostra ha ottenuto da Norvik la fornitura dei sedili della nuova berlina, che consegna dall'anno scorso a Cassino.",
    "Vostra ha ottenuto da Norvik la fornitura dei sedili, e da allora li consegna a Cassino.",
])
def test_order_running_since_a_time_past_is_active(sentence):
    assert _of("supplies", sentence) == [("supplies", "Vostra", "Norvik", "active")]


@pytest.mark.parametrize("sentence", [
    "A marzo Norvik ha rilevato Corvalis per 200 milioni.",
    "A fine luglio Norvik ha rilevato Corvalis per 200 milioni.",
])
def test_month_after_a_preposition_leaves_the_subject_unmarked(sentence):
    assert _t(sentence) == [("acquires", "Norvik", "Corvalis", "active")]


# --- using goods made by a company; goods bought are no company bought -------------------------------------

@pytest.mark.parametrize("sentence", [
    "Dal 2020 Corvalis monta sui suoi furgoni le batterie prodotte da Norvik.",
    "Corvalis utilizza nello stabilimento di Melfi i chip fabbricati da Norvik a Catania.",
    "Corvalis usa da anni le celle acquistate da Norvik.",
])
def test_goods_used_name_their_maker_as_supplier(sentence):
    assert [(s, d) for _, s, d, _ in _t(sentence)] == [("Norvik", "Corvalis")]


@pytest.mark.parametrize("sentence", [
    "Corvalis utilizza le celle di Norvik nei test di laboratorio.",  # whose cells: no maker named
    "Corvalis usa da anni il marchio creato da Norvik.",
])
def test_use_verb_without_a_maker(sentence):
    assert _of("supplies", sentence) == []


def test_goods_bought_from_a_company_are_no_acquisition():
    assert _of("acquires", "Le batterie acquistate da Norvik arrivano dalla Cina via Genova.") == []


# --- control taken, a capital increase subscribed, an entry into the capital done ---------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Norvik ha assunto il controllo di Corvalis dopo l'opa.", ("acquires", "Norvik", "Corvalis", "active")),
    ("Norvik ha sottoscritto l'aumento di capitale di Corvalis per 40 milioni.", ("invests_in", "Norvik", "Corvalis", "active")),
    ("Norvik sottoscriverà parte dell'aumento di capitale di Corvalis.", ("invests_in", "Norvik", "Corvalis", "announced")),
    ("Il fondo Norvik è entrato nel capitale di Corvalis con il 12%.", ("invests_in", "Norvik", "Corvalis", "active")),
])
def test_control_and_capital(sentence, expected):
    assert _t(sentence) == [expected]


# --- the partner of a deal told in a relative, an order for the goods of a customer, a sale to come --------

@pytest.mark.parametrize("sentence", [
    "Corvalis ha firmato un contratto con Norvik, che fornirà i moduli di potenza dal 2026.",
    "Corvalis ha siglato un accordo pluriennale con Norvik, che le consegnerà le celle a Melfi.",
])
def test_deal_partner_in_a_subject_relative_supplies(sentence):
    assert [(s, d) for _, s, d, _ in _of("supplies", sentence)] == [("Norvik", "Corvalis")]


def test_no_deal_before_the_relative_no_customer():
    assert _of("supplies", "Corvalis ha incontrato a Torino Norvik, che fornirà i moduli dal 2026.") == []


@pytest.mark.parametrize("sentence", [
    "Norvik si è aggiudicata la fornitura dei fari per le nuove berline di Corvalis.",
    "Norvik ha vinto la commessa per i sedili delle utilitarie di Corvalis.",
])
def test_order_for_the_goods_of_a_customer(sentence):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "announced")]


def test_order_whose_goods_go_elsewhere_names_no_customer():
    assert _of("supplies", "Norvik ha vinto un ordine per 300 autobus, che saranno consegnati nelle città di Corvalis.") == []


@pytest.mark.parametrize("sentence", [
    "Corvalis sarà ceduta a Tessaro entro l'estate.",
    "Corvalis verrà venduta al fondo Tessaro per due miliardi.",
])
def test_sale_to_come_in_the_passive(sentence):
    assert _t(sentence) == [("acquires", "Tessaro", "Corvalis", "announced")]


# --- wafers are goods; a company bought before the goods' seller is no purchase of goods ---------------------

def test_wafers_bought_from_a_supplier():
    sentence = "Per assicurarsi i substrati, Norvik ha a lungo acquistato wafer dall'americana Corvalis: il contratto non è stato rinnovato."
    assert _of("supplies", sentence) == [("supplies", "Corvalis", "Norvik", "ended")]


def test_company_bought_before_a_seller_of_goods_is_an_acquisition():
    # the purchase verb's object is a company: no goods bought from the seller named later
    sentence = "Norvik ha acquistato la svedese Corvalis nel 2019, e compra wafer anche da Tessaro."
    assert ("acquires", "Norvik", "Corvalis", "active") in _t(sentence)


# --- goods commissioned, made by one company for another, no longer bought ----------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Corvalis ha commissionato a Norvik 120 autobus a idrogeno.", ("supplies", "Norvik", "Corvalis")),
    ("I moduli batteria sono prodotti da Norvik per Corvalis nello stabilimento di Melfi.", ("supplies", "Norvik", "Corvalis")),
])
def test_goods_commissioned_or_made_for_a_customer(sentence, expected):
    assert [(t, s, d) for t, s, d, _ in _t(sentence)] == [expected]


def test_goods_made_for_a_market_name_no_customer():
    assert _t("I moduli batteria sono prodotti da Norvik per il mercato europeo.") == []


@pytest.mark.parametrize("sentence", [
    "Corvalis non si rifornisce più da Norvik per i motori.",
    "Norvik non fornisce ormai più i motori a Corvalis.",
])
def test_supply_no_longer_running_has_ended(sentence):
    assert [st for *_, st in _of("supplies", sentence)] == ["ended"]


# --- deal nouns and verbs: "l'acquisto di Y", "la vendita di Y a Z", absorbing a company, allying, a new company of a pair

@pytest.mark.parametrize("sentence,expected", [
    ("Norvik è in trattative avanzate per l'acquisto di Corvalis.", [("acquires", "Norvik", "Corvalis", "in_talks")]),
    ("Norvik ha completato l'acquisto del 25% di Corvalis.", [("invests_in", "Norvik", "Corvalis", "active")]),
    ("Norvik ha perfezionato la vendita di Corvalis a Tessaro.", [("acquires", "Tessaro", "Corvalis", "active"), ("owns", "Norvik", "Corvalis", "ended")]),
    ("Norvik ha incorporato Corvalis nel 2020.", [("acquires", "Norvik", "Corvalis", "active")]),
    ("Norvik ha inglobato Corvalis, il suo fornitore di freni.", [("acquires", "Norvik", "Corvalis", "active")]),
    ("Norvik si è alleata con Corvalis per le batterie al sodio.", [("partners_with", "Corvalis", "Norvik", "announced")]),
    ("Norvik e Corvalis danno vita a una nuova società per le celle al sodio.", [("joint_venture", "Corvalis", "Norvik", "announced")]),
])
def test_deal_nouns_and_verbs(sentence, expected):
    assert _t(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Norvik ha completato l'acquisto di celle da Corvalis.",  # goods bought, not a company
    "Norvik ha avviato la vendita di ricambi a Corvalis.",
    "Norvik dà vita a una nuova società controllata al 100%.",
])
def test_deal_nouns_without_a_company_deal(sentence):
    assert [x for x in _t(sentence) if x[0] in ("acquires", "owns", "joint_venture")] == []


# --- a stake left or zeroed, a deal that fell through -----------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Il fondo Norvik, che da oggi esce dal capitale di Corvalis, ha incassato 300 milioni.", ("invests_in", "Norvik", "Corvalis", "ended")),
    ("Norvik è uscita definitivamente dal capitale di Corvalis.", ("invests_in", "Norvik", "Corvalis", "ended")),
    ("Norvik ha azzerato la sua partecipazione in Corvalis.", ("invests_in", "Norvik", "Corvalis", "ended")),
    ("L'accordo di collaborazione tra Norvik e Corvalis è saltato.", ("partners_with", "Corvalis", "Norvik", "ended")),
])
def test_stakes_and_deals_that_ended(sentence, expected):
    assert _t(sentence) == [expected]


def test_leaving_a_market_is_no_stake():
    assert _t("Norvik esce dal mercato italiano, mentre Corvalis resta.") == []


# --- "Tra i clienti di X figurano Y e Z", "X, che ha tra i suoi clienti Y", "tra i propri azionisti" --------

@pytest.mark.parametrize("sentence,expected", [
    ("Tra i clienti di Norvik figurano Corvalis e Tessaro.", [("Norvik", "Corvalis"), ("Norvik", "Tessaro")]),
    ("Tra i clienti storici di Norvik ci sono Corvalis e Tessaro.", [("Norvik", "Corvalis"), ("Norvik", "Tessaro")]),
    ("Tra i fornitori di Corvalis c'è anche Norvik.", [("Norvik", "Corvalis")]),
    ("Norvik, che ha tra i suoi clienti Corvalis e Tessaro, ha chiuso l'anno in utile.", [("Norvik", "Corvalis"), ("Norvik", "Tessaro")]),
])
def test_membership_among_customers_and_suppliers(sentence, expected):
    assert [(s, d) for _, s, d, _ in _of("supplies", sentence)] == expected


def test_among_its_own_shareholders():
    assert _t("Norvik ha tra i propri azionisti il fondo Corvalis.") == [("invests_in", "Corvalis", "Norvik", "active")]


def test_among_customers_of_no_named_company():
    assert _of("supplies", "Tra i clienti più esigenti ci sono Corvalis e Tessaro.") == []
