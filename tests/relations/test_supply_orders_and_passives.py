"""Supply told through orders given, choices made in the passive, the goods of a customer, fitting out
a customer's vehicles, customer lists and German verb-final clauses, in the five languages, on
sentences written for these tests (invented companies: Kestrel supplies, Brixo buys)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

K, B, C = "Kestrel", "Brixo", "Corvan"
KB = [(K, B)]


def supplies(sentence, lang):
    names = [n for n in (K, B, C) if n in sentence]
    return sorted((t[1], t[2]) for t in triples(rels(sentence, names, language=lang)) if t[0] == "supplies")


def types(sentence, lang):
    names = [n for n in (K, B, C) if n in sentence]
    return sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, names, language=lang)))


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo awarded Kestrel a contract for 300 buses."),
    ("en", "Brixo gave Kestrel an order for 40 trains."),
    ("de", "Brixo vergibt den Auftrag an Kestrel."),
    ("de", "Brixo erteilte Kestrel einen Auftrag über 200 Lkw."),
    ("de", "Brixo hat Kestrel den Zuschlag erteilt."),
    ("de", "Brixo hat Kestrel mit der Lieferung von 200 Lkw beauftragt."),
    ("de", "Brixo beauftragte Kestrel mit der Fertigung der Sitze."),
    ("fr", "Brixo a attribué à Kestrel le contrat de fourniture des rames."),
    ("fr", "Brixo a confié à Kestrel la fourniture des batteries."),
    ("fr", "Brixo a passé commande à Kestrel de 200 bus."),
    ("es", "Brixo ha encargado a Kestrel el suministro de baterías."),
    ("es", "Brixo otorgó a Kestrel un contrato de 300 autobuses."),
    ("it", "Brixo ha commissionato a Kestrel 200 treni."),
])
def test_the_one_given_an_order_supplies_the_one_who_gives_it(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel won an order from Brixo, and the contract was awarded in May."),  # read once, from "from"
    ("de", "Kestrel hat von Brixo einen Großauftrag erhalten."),
    ("de", "Kestrel hat den Zuschlag von Brixo bekommen."),
    ("it", "Kestrel si è aggiudicata una commessa di Brixo."),
])
def test_an_order_won_names_its_customer(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel has been chosen by Brixo to supply cells."),
    ("en", "Kestrel was selected by Brixo as its seat supplier."),
    ("it", "Kestrel è stata scelta da Brixo come fornitore delle celle."),
    ("it", "Brixo ha selezionato Kestrel quale fornitore."),
    ("fr", "Kestrel a été retenu par Brixo pour fournir les cellules."),
    ("es", "Kestrel fue elegida por Brixo como proveedor de baterías."),
    ("de", "Kestrel wurde von Brixo als Lieferant ausgewählt."),
])
def test_the_one_chosen_by_a_customer_supplies_it(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Le batterie di Brixo sono fornite da Kestrel."),
    ("fr", "Les batteries de Brixo sont fournies par Kestrel."),
    ("es", "Las baterías de Brixo son suministradas por Kestrel."),
    ("en", "The batteries in Brixo's vans are provided by Kestrel."),
    ("en", "The cells for Brixo are made by Kestrel."),
    ("it", "Le celle per Brixo sono prodotte da Kestrel."),
    ("it", "Le batterie delle nuove vetture di Brixo saranno prodotte da Kestrel."),
])
def test_the_goods_of_a_customer_in_a_passive_clause(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_goods_supplied_to_others_are_no_goods_of_a_customer():
    assert supplies("Le batterie di Brixo sono fornite anche ai concorrenti da Kestrel.", "it") == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel will equip Brixo's new models with its batteries."),
    ("en", "Kestrel's batteries will power Brixo's new vans."),
    ("de", "Kestrel stattet die neuen Modelle von Brixo mit Batterien aus."),
    ("it", "Kestrel equipaggerà i nuovi modelli di Brixo con le sue batterie."),
    ("it", "Le batterie di Kestrel equipaggeranno i modelli di Brixo."),
    ("fr", "Kestrel équipera les nouveaux modèles de Brixo."),
    ("fr", "Les batteries de Kestrel équiperont les modèles de Brixo."),
    ("es", "Kestrel equipará los nuevos modelos de Brixo."),
])
def test_fitting_out_a_customers_vehicles(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel will equip its plant in Brixo with new robots."),
    ("en", "Kestrel will power its own factory with solar panels."),
    ("fr", "Kestrel équipera son usine de robots."),
])
def test_fitting_out_without_a_customers_vehicles_is_no_supply(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Parmi les clients de Kestrel figurent Brixo et Corvan."),
    ("es", "Entre los clientes de Kestrel figuran Brixo y Corvan."),
    ("es", "Kestrel cuenta entre sus clientes con Brixo y Corvan."),
    ("it", "Tra i clienti di Kestrel si trovano Brixo e Corvan."),
])
def test_customer_lists(lang, sentence):
    assert supplies(sentence, lang) == [(K, B), (K, C)]


def test_a_customer_counted_among_its_own_in_german():
    assert supplies("Kestrel zählt Brixo zu seinen Kunden.", "de") == KB


@pytest.mark.parametrize("sentence", [
    "Kestrel, das seit Jahren Brixo beliefert, wächst.",
    "Kestrel, das Brixo mit Sitzen beliefert, wächst.",
    "Kestrel, der unter anderem Brixo mit Zellen versorgt, hat seine Prognose gesenkt.",
])
def test_german_relative_with_the_verb_last(sentence):
    assert supplies(sentence, "de") == KB


@pytest.mark.parametrize("sentence", [
    "Kestrel liefert künftig die Batterien für den Elektro-SUV von Brixo.",
    "Kestrel soll die Zellen für die nächste Fahrzeuggeneration von Brixo liefern.",
    "Die Batterien für die Modelle von Brixo liefert Kestrel.",
    "Brixo verwendet die von Kestrel gelieferten Zellen.",
    "Der Liefervertrag von Kestrel mit Brixo läuft bis 2030.",
    "Kestrel verkauft Zellen an Brixo.",
])
def test_german_goods_and_their_owner(sentence):
    assert supplies(sentence, "de") == KB


def test_german_passive_agent_is_still_read():
    assert supplies("Brixo wird seit 2021 von Kestrel beliefert.", "de") == KB


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel venderà a Brixo 200 camion elettrici."),
    ("it", "L'accordo prevede che Kestrel fornisca a Brixo le celle."),
    ("es", "El acuerdo prevé que Kestrel suministre baterías a Brixo."),
    ("fr", "L'accord prévoit que Kestrel fournisse des cellules à Brixo."),
])
def test_selling_goods_and_the_subjunctive(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_a_company_bought_is_no_supply():
    assert types("Brixo kauft den Zulieferer Kestrel.", "de") == [("acquires", B, K)]


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel venderà a Brixo la sua divisione batterie."),
    ("de", "Kestrel verkauft seine Batteriesparte an Brixo."),
    ("en", "Kestrel sells its battery unit to Brixo."),
])
def test_a_unit_sold_is_no_supply(lang, sentence):
    assert supplies(sentence, lang) == []


def test_german_relative_read_against_the_chain_is_the_object():
    # die/das are nominative or accusative: a carmaker "that" a cell maker supplies is not read backwards;
    # the chain makes the relative pronoun the object, so the name after it supplies the antecedent
    sentence = "Brixo, das Kestrel seit Jahren beliefert, wächst."
    got = rels(sentence, [K, B], language="de", sectors={B: ["carmaker"], K: ["battery cells"]})
    assert [(r.source, r.target) for r in got if r.type == "supplies"] == [(K, B)]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Deliveries of Kestrel cells to Brixo start in 2026."),
    ("it", "Le forniture di Kestrel a Brixo partiranno nel 2026."),
    ("es", "Las entregas de Kestrel a Brixo comenzarán en 2026."),
    ("de", "Die Lieferungen von Kestrel an Brixo beginnen 2026."),
])
def test_a_supply_noun_with_its_own_supplier_and_a_recipient(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Brixo lässt die Zellen bei Kestrel fertigen."),
    ("de", "Brixo ließ seine Sitze von Kestrel produzieren."),
    ("en", "Brixo has its seats made by Kestrel."),
    ("it", "Kestrel produce per conto di Brixo le celle."),
    ("fr", "Kestrel fabrique des cellules pour le compte de Brixo."),
])
def test_goods_made_on_a_customers_behalf(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_a_name_after_for_is_no_goods_owner():
    # "für Brixo werden": the recipient is a name, and "von Kestrel" stays the passive agent
    assert supplies("Die Zellen für Brixo werden von Kestrel geliefert.", "de") == KB


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo a pris 30 % du capital de Kestrel.", [("invests_in", B, K)]),
    ("Brixo prendra 51 % de Kestrel.", [("acquires", B, K)]),
    ("Brixo a pris 20 % de part de marché face à Kestrel.", []),
])
def test_french_share_of_the_capital_taken(sentence, expected):
    assert types(sentence, "fr") == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Brixo said it was in talks with Kestrel over a deal to supply the plant with renewable electricity.", KB),
    ("it", "Brixo ha firmato con Kestrel un accordo per rifornire lo stabilimento di energia verde.", KB),
    ("fr", "Brixo négocie avec Kestrel pour approvisionner son usine en électricité.", KB),
    ("es", "Brixo negocia con Kestrel para abastecer su fábrica de electricidad.", KB),
    # goods for models: the one in talks supplies its partner
    ("en", "Kestrel was in talks with Brixo about supplying cells for models assembled in Spain.", KB),
    ("en", "Kestrel is in talks with Brixo to supply cells.", KB),
])
def test_a_partner_supplies_the_subjects_own_site(lang, sentence, expected):
    assert supplies(sentence, lang) == expected


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Kestrel verkauft inzwischen mehr Elektroautos als Brixo."),
    ("it", "Kestrel vende ormai più auto elettriche di Brixo."),
    ("en", "Kestrel now sells more electric cars than Brixo."),
    ("es", "Kestrel ya vende más coches eléctricos que Brixo."),
    ("fr", "Kestrel vend désormais plus de voitures électriques que Brixo."),
])
def test_a_rival_compared_is_no_customer(lang, sentence):
    assert supplies(sentence, lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel ha stretto un accordo con Brixo per la fornitura di celle fino al 2030."),
    ("it", "Brixo ha firmato un contratto con Kestrel per l'acquisto di 100 treni."),
    ("fr", "Brixo a signé un contrat avec Kestrel pour l'achat de 100 rames."),
    ("es", "Brixo firmó un contrato con Kestrel para la compra de 100 trenes."),
    ("es", "Brixo ha encargado 100 trenes a Kestrel."),
    ("it", "Brixo acquisterà 100 treni da Kestrel."),
])
def test_deals_to_buy_goods_and_orders_of_rolling_stock(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_a_deal_to_buy_shares_is_no_supply():
    assert supplies("Brixo ha firmato un contratto con Kestrel per l'acquisto del 30% di Corvan.", "it") == []


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Brixo ha scelto le celle di Kestrel per la nuova Panda."),
    ("de", "Brixo setzt künftig auf Batterien von Kestrel."),
    ("fr", "Brixo a choisi les cellules de Kestrel pour sa future citadine."),
    ("es", "Brixo eligió las baterías de Kestrel."),
    # "decantarse por": "por" is "for", no passive agent
    ("es", "Brixo se ha decantado por Kestrel como proveedor de baterías."),
])
def test_the_maker_of_goods_chosen_supplies(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_a_place_of_a_company_chosen_is_no_supply():
    assert supplies("Brixo ha scelto la sede di Kestrel per la riunione.", "it") == []


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Brixo, an das Kestrel Zellen liefert, wächst."),
    ("de", "Brixo, für das Kestrel die Zellen fertigt, wächst."),
    ("fr", "Brixo, à qui Kestrel livre des cellules, grandit."),
    ("fr", "Brixo, pour qui Kestrel fabrique des cellules, grandit."),
    ("es", "Brixo, a la que Kestrel suministra celdas, crece."),
    ("es", "Brixo, para quien Kestrel fabrica celdas, crece."),
    ("en", "Brixo, to which Kestrel supplies cells, grew."),
    ("en", "Brixo, for which Kestrel makes cells, grew."),
    ("it", "Brixo, per la quale Kestrel produce le celle, cresce."),
])
def test_a_relative_governed_by_to_or_for_names_the_customer(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Il fornitore di Brixo, Kestrel, cresce."),
    ("en", "The main supplier of Brixo, Kestrel, grew."),
    ("fr", "Le principal fournisseur de Brixo, Kestrel, a annoncé des pertes."),
    ("es", "El mayor cliente de Kestrel, Brixo, ha presentado resultados."),
    ("de", "Der wichtigste Lieferant von Brixo, Kestrel, wächst."),
])
def test_a_relation_noun_with_its_referent_in_apposition(lang, sentence):
    assert supplies(sentence, lang) == KB


def test_a_list_after_a_relation_noun_is_no_apposition():
    assert supplies("Secondo il fornitore di Brixo, Kestrel e Corvan non hanno firmato.", "it") == []


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Brixo acquista l'intera produzione di Kestrel."),
    ("fr", "Brixo achètera toute la production de Kestrel."),
    ("es", "Brixo comprará toda la producción de Kestrel."),
    ("en", "Brixo will buy the entire output of Kestrel's plant."),
    ("de", "Brixo kauft Kestrel die Zellen ab."),
    ("de", "Brixo nimmt Kestrel die gesamte Produktion ab."),
])
def test_buying_a_companys_output_is_supply_not_acquisition(lang, sentence):
    assert types(sentence, lang) == [("supplies", K, B)]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Brixo holds 60% of Kestrel.", [("owns", B, K)]),
    ("en", "Brixo holds 25% of Kestrel.", [("invests_in", B, K)]),
    ("en", "Brixo acquired 60% of Kestrel.", [("acquires", B, K)]),
    ("de", "Brixo hält 60 Prozent an Kestrel.", [("owns", B, K)]),
])
def test_holding_a_majority_is_ownership_buying_it_an_acquisition(lang, sentence, expected):
    assert types(sentence, lang) == expected


@pytest.mark.parametrize("lang, sentence", [
    ("de", "Kestrel hat Brixo als Kunden gewonnen."),
    ("it", "Kestrel ha conquistato Brixo come cliente."),
    ("en", "Kestrel has won Brixo as a customer."),
    ("fr", "Kestrel a décroché Brixo comme client."),
    ("es", "Kestrel ha ganado a Brixo como cliente."),
])
def test_a_customer_won(lang, sentence):
    assert supplies(sentence, lang) == KB


@pytest.mark.parametrize("sentence", [
    "Kestrel erhielt von Brixo den Auftrag, die Sitze zu liefern.",
    "Den Auftrag für die Sitze hat Brixo an Kestrel vergeben.",
])
def test_german_orders_with_the_customer_before_the_noun(sentence):
    assert supplies(sentence, "de") == KB


@pytest.mark.parametrize("lang, sentence, expected", [
    ("it", "Kestrel spedirà 10.000 tonnellate di litio all'anno a Brixo.", KB),
    ("fr", "Kestrel expédiera 10 000 tonnes de lithium à Brixo.", KB),
    ("es", "Kestrel enviará 10.000 toneladas de litio a Brixo.", KB),
    ("es", "Kestrel envió un mensaje a Brixo sobre las baterías.", []),
    ("it", "Kestrel ha spedito una lettera a Brixo sulle batterie.", []),
    ("de", "Die von Kestrel an Brixo gelieferten Zellen stammen aus Polen.", KB),
    ("en", "Kestrel signed an offtake agreement with Brixo for its lithium.", KB),
    ("en", "Brixo signed an offtake agreement with Kestrel for lithium.", KB),
])
def test_shipping_goods_participles_and_offtake(lang, sentence, expected):
    assert supplies(sentence, lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo, a longtime Kestrel customer, grew.", KB),
    ("Brixo, the biggest Kestrel customer, grew.", KB),
    ("Brixo told a Kestrel customer about it.", []),
])
def test_an_apposition_with_a_name_glued_to_customer(sentence, expected):
    assert supplies(sentence, "en") == expected


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel fornisce sia Brixo sia Corvan."),
    ("it", "Kestrel fornisce celle sia a Brixo che a Corvan."),
    ("fr", "Kestrel livre aussi bien Brixo que Corvan."),
    ("es", "Kestrel abastece tanto a Brixo como a Corvan."),
    ("de", "Kestrel beliefert sowohl Brixo als auch Corvan."),
])
def test_correlative_lists_of_customers(lang, sentence):
    assert supplies(sentence, lang) == [(K, B), (K, C)]


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Per i motori, invece, Brixo continua a fare affidamento su Kestrel."),
    ("fr", "Brixo compte sur Kestrel pour ses batteries."),
    ("fr", "Pour ses cellules, Brixo mise sur Kestrel."),
])
def test_reliance_ending_in_a_preposition_of_talks(lang, sentence):
    # "su", "sur" also open talks about a product; they do not block the verb of reliance they end
    assert supplies(sentence, lang) == KB


def test_taking_over_production_is_no_supply():
    assert [t for t in types("Brixo übernimmt die Produktion von Kestrel in Ungarn.", "de") if t[0] == "supplies"] == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Brixo awarded Kestrel's chief executive a prize for its contract work."),
    ("en", "Brixo gave Kestrel until Friday to respond to the contract offer."),
    ("de", "Brixo erteilte Kestrel eine Absage für den Auftrag."),
    ("fr", "Brixo a confié à Kestrel la présidence du comité."),
    ("it", "Le batterie di Brixo sono state criticate da Kestrel."),
    ("fr", "Les batteries de Brixo sont jugées trop chères par Kestrel."),
    ("en", "Kestrel will power its own vans with Brixo's software."),
    ("de", "Kestrel, das Brixo gehört, liefert Zellen."),
])
def test_no_supply_where_no_order_is_given_and_no_goods_pass(lang, sentence):
    assert supplies(sentence, lang) == []


def test_german_dative_an_is_no_recipient():
    # "an dem": the stake's company in a relative, not the one the goods go to
    assert supplies("Brixo, an dem Kestrel 20 Prozent hält, liefert Zellen.", "de") == []
    assert supplies("Kestrel soll ab 2026 Zellen an Brixo liefern.", "de") == KB
