"""French and Italian press phrasing: a contract said to be over (the tiers tell who supplied),
a company that is the target of a bid ("fait l'objet d'une offre de X"), an order named by its noun
("une commande ... auprès de Y", "un ordine di Y"), and a joint venture set up inside a subject
relative ("X, qui a créé avec Y une coentreprise"). Sentences written for these tests with made-up
companies (rows that must link and near misses that must not)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

SECTORS = {"Corvalis": ["carmaker"], "Brixo": ["supplier"], "Litora": ["battery_materials"], "Kestrel": ["battery_cells"],
           "Norvik": ["supplier"], "Almara": ["carmaker"]}


def _t(sentence, lang, companies=("Corvalis", "Brixo", "Litora", "Kestrel", "Norvik", "Almara")):
    present = [c for c in companies if c in sentence]
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, present, language=lang, sectors=SECTORS))]


# --- a contract said to be over: the lower tier supplied --------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Le contrat qui liait Litora à Kestrel depuis 2021 a pris fin au 31 décembre.", "fr", ("supplies", "Litora", "Kestrel", "ended")),
    ("Le contrat qui liait le groupe belge Litora à Kestrel n'a pas été renouvelé.", "fr", ("supplies", "Litora", "Kestrel", "ended")),
    ("Le contrat que Corvalis avait conclu avec l'allemand Brixo pour les sièges a expiré fin 2025.", "fr", ("supplies", "Brixo", "Corvalis", "ended")),
    ("L'accord d'approvisionnement que Kestrel avait signé avec Litora a pris fin en décembre.", "fr", ("supplies", "Litora", "Kestrel", "ended")),
    ("Corvalis a résilié son contrat avec Brixo.", "fr", ("supplies", "Brixo", "Corvalis", "ended")),
    ("Brixo ha visto scadere a dicembre il proprio contratto con Corvalis, che non è stato rinnovato.", "it", ("supplies", "Brixo", "Corvalis", "ended")),
    ("Il contratto che legava Litora a Kestrel è scaduto a fine anno.", "it", ("supplies", "Litora", "Kestrel", "ended")),
    ("Corvalis ha cancellato il contratto da 2 miliardi di euro con la start-up Kestrel.", "it", ("supplies", "Kestrel", "Corvalis", "ended")),
    ("Litora chiude il contratto con Corvalis ma porta a casa Kestrel.", "it", ("supplies", "Litora", "Corvalis", "ended")),
])
def test_ended_contract_between_tiers(sentence, lang, expected):
    assert expected in _t(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    # the contract goes on: no ended word
    ("Le contrat qui lie Litora à Kestrel court jusqu'en 2030.", "fr"),
    ("Corvalis ha firmato un contratto con Brixo per tre anni.", "it"),
    # the ended words speak of something else (a contrast, a relative of the partner)
    ("Corvalis a signé un contrat avec Brixo, qui a mis fin à ses activités en Chine.", "fr"),
    ("Corvalis ha firmato un contratto con Brixo, mentre la collaborazione con Norvik è terminata.", "it"),
    # two companies of one tier: who supplied is not said
    ("Le contrat qui liait Brixo à Norvik a pris fin.", "fr"),
    ("Il contratto di Corvalis con Almara è scaduto.", "it"),
    # a sale contract is no supply
    ("Le contrat de cession qui liait Litora à Kestrel a été résilié.", "fr"),
])
def test_contract_without_an_ended_supply_links_no_supply(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "supplies" and r[3] == "ended"]


# --- the target of a bid ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Brixo fait l'objet d'une offre publique d'achat de Corvalis.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Le constructeur Brixo fait lui-même l'objet d'une OPA hostile de la part de Corvalis.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo fait l'objet d'une offre de l'américain Corvalis, qui a conclu un accord pour le racheter.", "fr", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo è oggetto di un'offerta pubblica di acquisto di Corvalis.", "it", ("acquires", "Corvalis", "Brixo", "announced")),
    ("Brixo è oggetto di un'OPA ostile da parte di Corvalis.", "it", ("acquires", "Corvalis", "Brixo", "announced")),
])
def test_target_of_a_bid(sentence, lang, expected):
    assert expected in _t(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Brixo fait l'objet d'une enquête de la Commission, a indiqué Corvalis.", "fr"),
    ("Brixo è oggetto di un'indagine, ha detto Corvalis.", "it"),
])
def test_object_of_something_else_is_no_bid(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "acquires"]


def test_concluding_an_agreement_to_buy_is_not_the_purchase_done():
    assert ("acquires", "Corvalis", "Brixo", "announced") in _t("Corvalis a conclu un accord pour racheter Brixo.", "fr")


# --- an order named by its noun ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis a annoncé mardi une commande de 200 bornes (au standard MCS) auprès du finlandais Brixo.", "fr", ("supplies", "Brixo", "Corvalis", "announced")),
    ("C'est la première commande de Corvalis auprès de Brixo.", "fr", ("supplies", "Brixo", "Corvalis", "announced")),
    ("Brixo a annoncé une commande ferme de Corvalis pour 300 autocars.", "fr", ("supplies", "Brixo", "Corvalis", "announced")),
    ("Brixo ha annunciato un ordine di Corvalis per 400 camion elettrici.", "it", ("supplies", "Brixo", "Corvalis", "announced")),
    ("Corvalis ha piazzato un nuovo ordine presso la tedesca Brixo per 50 treni.", "it", ("supplies", "Brixo", "Corvalis", "announced")),
    ("Brixo ha ricevuto una commessa da Corvalis per 100 autobus.", "it", ("supplies", "Brixo", "Corvalis", "announced")),
])
def test_order_noun(sentence, lang, expected):
    assert expected in _t(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    # the goods' maker named after a bare noun: no customer
    ("Corvalis a passé une commande de chargeurs Brixo.", "fr"),
    # no party after the noun: the subject could be either side
    ("Corvalis a confirmé la commande, selon Brixo.", "fr"),
    ("Corvalis ha messo all'ordine del giorno il caso Brixo.", "it"),
])
def test_order_noun_without_its_parties_links_nothing(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "supplies"]


# --- a joint venture set up inside a subject relative ------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("C'est la logique de Corvalis, qui a créé avec Kestrel une coentreprise pour bâtir une usine.", "fr"),
    ("Le choix de Corvalis, qui a fondé avec Kestrel une société commune en 2020, surprend.", "fr"),
    ("Era circolato il nome di Corvalis, che con Kestrel ha costituito nel 2024 una joint venture.", "it"),
    ("Il piano di Corvalis, che ha creato con Kestrel una joint venture, convince.", "it"),
])
def test_venture_in_a_subject_relative(sentence, lang):
    assert any(t == "joint_venture" and {s, d} == {"Corvalis", "Kestrel"} for t, s, d, _ in _t(sentence, lang))


def test_relative_with_two_antecedents_is_left_alone():
    # the antecedent of "qui" is a pair: not one parent
    found = _t("Le choix de Corvalis et Almara, qui ont créé avec Kestrel une coentreprise, surprend.", "fr")
    assert not any(t == "joint_venture" and "Almara" in (s, d) and "Corvalis" in (s, d) for t, s, d, _ in found)


# --- a venture's founders after a description, a supplier's relative with an object clitic ---------

@pytest.mark.parametrize("sentence, lang, pair", [
    ("Tessaro, la coentreprise formée en 2024 par le constructeur chinois Corvalis et l'espagnol Almara, embauche.", "fr", {"Corvalis", "Almara"}),
    ("Tessaro, la joint venture costituita nel 2019 dal costruttore francese Corvalis e dalla giapponese Kestrel, assume.", "it", {"Corvalis", "Kestrel"}),
    ("Tessaro, the joint venture formed in 2022 by the carmaker Corvalis and Kestrel, is hiring.", "en", {"Corvalis", "Kestrel"}),
])
def test_venture_founders_after_a_description(sentence, lang, pair):
    assert any(t == "joint_venture" and {s, d} == pair for t, s, d, _ in _t(sentence, lang))


@pytest.mark.parametrize("sentence, lang, expected", [
    ("I chip arriveranno da Brixo, che li consegna a Corvalis già dal 2024.", "it", ("supplies", "Brixo", "Corvalis", "active")),
    ("Corvalis ha scelto Brixo, che lo rifornisce di freni dal 2020.", "it", ("supplies", "Brixo", "Corvalis", "active")),
    ("Les cellules viennent de Kestrel, qui les livre à Corvalis depuis 2022.", "fr", ("supplies", "Kestrel", "Corvalis", "active")),
])
def test_supplier_relative_with_an_object_clitic(sentence, lang, expected):
    assert expected in _t(sentence, lang)


def test_clitic_relative_of_a_buyer_is_not_read_backwards():
    # the relative's subject is the antecedent (Corvalis) and it buys: no supply from Corvalis
    found = _t("Brixo ha un nuovo cliente, Corvalis, che li acquista da due anni.", "it")
    assert not any(t == "supplies" and s == "Corvalis" for t, s, d, _ in found)


# --- subscribing to a capital increase ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Norvik ha firmato un accordo per sottoscrivere un aumento di capitale di Kestrel da 100 milioni di euro.", "it", ("invests_in", "Norvik", "Kestrel")),
    ("Norvik sottoscriverà l'aumento di capitale di Kestrel.", "it", ("invests_in", "Norvik", "Kestrel")),
    ("Norvik souscrira à l'augmentation de capital de Kestrel.", "fr", ("invests_in", "Norvik", "Kestrel")),
    ("Norvik a souscrit une augmentation de capital de Kestrel de 50 millions d'euros.", "fr", ("invests_in", "Norvik", "Kestrel")),
])
def test_subscribing_to_a_capital_increase(sentence, lang, expected):
    assert expected in [r[:3] for r in _t(sentence, lang)]


@pytest.mark.parametrize("sentence, lang", [
    ("Kestrel prépare une augmentation de capital, selon Norvik.", "fr"),
    ("Kestrel ha lanciato un aumento di capitale, ha detto Norvik.", "it"),
])
def test_a_capital_increase_without_a_subscriber_links_nothing(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "invests_in"]


# --- a unit described between dashes ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Norvik, Almara et Kestrel – la filiale batteries de Corvalis – se disputent le marché.", "fr", ("owns", "Corvalis", "Kestrel")),
    ("Ce jour-là, Kestrel – la filiale de Corvalis – a signé.", "fr", ("owns", "Corvalis", "Kestrel")),
    ("Brixo – la controllata di Corvalis – cresce ancora.", "it", ("owns", "Corvalis", "Brixo")),
])
def test_unit_described_between_dashes(sentence, lang, expected):
    found = [r[:3] for r in _t(sentence, lang)]
    assert expected in found
    # the other members of the list own nothing
    assert not [r for r in found if r[0] == "owns" and r[1] != "Corvalis"]


# --- turning to a supplier in compound tenses; a supply said to close ----------------------------------

@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis a confirmé jeudi s'être tournée vers Kestrel pour équiper la citadine de batteries.", "fr", ("supplies", "Kestrel", "Corvalis")),
    ("Corvalis s'est tourné vers Kestrel pour ses batteries.", "fr", ("supplies", "Kestrel", "Corvalis")),
    ("Corvalis ha confermato di essersi rivolta a Kestrel per le batterie della nuova city car.", "it", ("supplies", "Kestrel", "Corvalis")),
])
def test_turning_to_a_supplier(sentence, lang, expected):
    assert expected in [r[:3] for r in _t(sentence, lang)]


def test_turning_to_a_company_without_goods_is_no_supply():
    assert not [r for r in _t("Corvalis s'est tourné vers Kestrel pour un conseil juridique.", "fr") if r[0] == "supplies"]


@pytest.mark.parametrize("sentence, lang", [
    ("Kestrel ha annunciato la chiusura della fornitura a Corvalis.", "it"),
    ("Kestrel a annoncé la fin des livraisons à Corvalis.", "fr"),
])
def test_supply_said_to_close_is_ended(sentence, lang):
    assert ("supplies", "Kestrel", "Corvalis", "ended") in _t(sentence, lang)


# --- a company integrated after its purchase ----------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis ha completato l'integrazione di Brixo.", "it"),
    ("Il mercato guarda a Corvalis, che dopo l'integrazione di Brixo ha rafforzato la propria offerta.", "it"),
    ("Corvalis a achevé l'intégration de Brixo.", "fr"),
    ("Corvalis a finalisé l'intégration du groupe Brixo l'an dernier.", "fr"),
])
def test_integration_of_a_company_is_its_purchase(sentence, lang):
    assert ("acquires", "Corvalis", "Brixo") in [r[:3] for r in _t(sentence, lang)]


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis ha completato l'integrazione del software di bordo, ha detto Brixo.", "it"),
    ("Corvalis a achevé l'intégration des batteries, selon Brixo.", "fr"),
])
def test_integration_of_goods_is_no_purchase(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "acquires"]


# --- Italian: a company held by a list of companies; adverbs made with a preposition -----------------

def test_company_held_by_a_list_is_their_joint_venture():
    found = _t("Dopo due anni di stallo, la società delle batterie controllata da Corvalis, Almara e Norvik ha presentato un piano.", "it")
    pairs = {frozenset((s, d)) for t, s, d, _ in found if t == "joint_venture"}
    assert pairs == {frozenset(p) for p in (("Corvalis", "Almara"), ("Corvalis", "Norvik"), ("Almara", "Norvik"))}


def test_company_held_by_one_owner_stays_its_unit():
    found = _t("Brixo è controllata da Corvalis.", "it")
    assert ("owns", "Corvalis", "Brixo", "active") in found
    assert not [r for r in found if r[0] == "joint_venture"]


@pytest.mark.parametrize("sentence, expected", [
    ("Il calo in Borsa tocca da vicino Norvik, la holding che detiene circa il 20% di Corvalis.", ("invests_in", "Norvik", "Corvalis")),
    ("Da anni Brixo fornisce i freni a Corvalis.", ("supplies", "Brixo", "Corvalis")),
    ("Da tempo Corvalis acquista celle da Kestrel.", ("supplies", "Kestrel", "Corvalis")),
])
def test_adverb_made_with_a_preposition_governs_no_name(sentence, expected):
    assert expected in [r[:3] for r in _t(sentence, "it")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Corvalis traîne une dette héritée des rachats de l'américain Brixo en 2015.", "fr", ("acquires", "Corvalis", "Brixo")),
    ("Corvalis a financé les acquisitions de Brixo et de Norvik par de la dette.", "fr", ("acquires", "Corvalis", "Brixo")),
    ("Corvalis ha finanziato con debito le acquisizioni di Brixo e di Norvik.", "it", ("acquires", "Corvalis", "Brixo")),
])
def test_purchases_in_the_plural(sentence, lang, expected):
    assert expected in [r[:3] for r in _t(sentence, lang)]


def test_order_noun_with_its_customer_and_supplier_as_a_subject():
    # the noun opens the sentence; "de" names the customer, "auprès de" the supplier
    assert ("supplies", "Brixo", "Corvalis") in [r[:3] for r in _t("La commande de Corvalis auprès de Brixo est importante.", "fr")]


@pytest.mark.parametrize("sentence, lang, expected", [
    # a verb of placing the order: the subject buys, the company after "de" makes the goods
    ("Corvalis a passé une commande de Brixo pour 40 trains.", "fr", ("supplies", "Brixo", "Corvalis")),
    ("Corvalis ha piazzato un ordine di Brixo per 40 treni.", "it", ("supplies", "Brixo", "Corvalis")),
])
def test_order_placed_names_the_maker_after_de(sentence, lang, expected):
    found = [r[:3] for r in _t(sentence, lang)]
    assert expected in found and ("supplies", "Corvalis", "Brixo") not in found


@pytest.mark.parametrize("sentence, lang", [
    ("Corvalis a annulé une commande de Brixo.", "fr"),
    ("Corvalis ha cancellato un ordine di Brixo.", "it"),
])
def test_cancelled_order_leaves_its_sides_unclear(sentence, lang):
    assert not [r for r in _t(sentence, lang) if r[0] == "supplies" and r[1] == "Corvalis"]


def test_order_of_a_carmaker_by_an_unplaced_buyer_is_its_cars():
    # "une commande de <carmaker>" said by a company the chain does not place: the cars are bought
    found = rels("Norvik a annoncé une commande de Corvalis pour sa flotte.", ["Norvik", "Corvalis"], language="fr",
                 sectors={"Corvalis": ["carmaker"]})
    assert not [r for r in found if r.type == "supplies" and r.source == "Norvik"]
    # a parts maker that announces an order of a carmaker supplies it
    assert ("supplies", "Brixo", "Corvalis") in [r[:3] for r in _t("Brixo a annoncé une commande de Corvalis pour des sièges.", "fr")]
