"""Goods told with their maker alone, the sentence after one about the company that gets them
(lone_makers.py): "Die Ladesäulen stammen von Y", "L'energia arriverà da Y", "Electricity will come
from Y"; the customer is the story's topic or the company the sentence before is about. Sentences
written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_SECTORS = {"Korvan": ["charging"], "Maltrix": ["supplier"], "Tessaro": ["supplier"], "Nordel": ["utility"]}


def _supplies(text, language, names=("Korvan", "Maltrix", "Tessaro", "Nordel"), sectors=None):
    got = rels(text, list(names), language=language, sectors=_SECTORS if sectors is None else sectors)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


# the sentence before opens with the customer; no other company in the story
@pytest.mark.parametrize("language, text", [
    ("en", "Korvan plans 400 fast-charging sites along the motorways. The chargers come from Maltrix, which builds them in Poland."),
    ("en", "Korvan is building its first mill in Alabama. Electricity for the mill will come from Maltrix under a 15-year contract."),
    ("de", "Korvan will bis 2027 in Europa 1700 Ladepunkte aufbauen. Die Ladesäulen stammen von Maltrix."),
    ("de", "Korvan baut in Frankfurt eine Elektrolyseanlage. Den Strom soll ab 2028 der Versorger Maltrix liefern."),
    ("fr", "Korvan veut exploiter 2 000 stations d'ici à 2030. Ses bornes sont fournies par l'italien Maltrix."),
    ("it", "Korvan costruirà la fabbrica a Torino entro il 2027. L'energia arriverà invece da Maltrix."),
    ("es", "Korvan abrirá 70 estaciones en Europa. Los cargadores los suministra la finlandesa Maltrix."),
])
def test_goods_from_a_lone_maker_go_to_the_company_before(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


@pytest.mark.parametrize("language, text, customer", [
    # a peer before: a second supplier of a list, not a customer
    ("en", "Tessaro will supply the separator film to the plant. Electrolyte will come from Maltrix.", "Tessaro"),
    ("es", "Tessaro suministrará el separador a la planta. El electrolito llegará de Maltrix.", "Tessaro"),
    # the maker makes them itself
    ("de", "Korvan liefert die Software für den neuen Wagen. Die Elektromotoren fertigt Maltrix selbst.", "Korvan"),
    ("it", "Korvan fornisce il software per la nuova auto. I motori sono prodotti da Maltrix stessa, a Torino.", "Korvan"),
    # the speaker's goods
    ("en", "Korvan opened a charging park in Leeds. My car's battery was made by Maltrix.", "Korvan"),
    ("fr", "Korvan ouvre un parc de recharge à Lille. Notre batterie est fournie par Maltrix.", "Korvan"),
])
def test_no_reading_without_a_customer(language, text, customer):
    assert ("Maltrix", customer) not in _supplies(text, language)


def test_the_topic_and_the_sentence_before_disagree():
    # the story is about Korvan, the sentence before about Nordel: whose chargers are they?
    text = ("Korvan opens its tenth charging park. Korvan has 300 sites, and Korvan wants 700 by 2030. "
            "Nordel, the grid operator, connected the site in March. The chargers come from Maltrix.")
    got = _supplies(text, "en")
    assert ("Maltrix", "Korvan") not in got and ("Maltrix", "Nordel") not in got


def test_the_topic_when_the_sentence_before_names_no_company():
    text = ("Korvan opens its tenth charging park. Korvan has 300 sites, and Korvan wants 700 by 2030. "
            "The new park has 24 bays. The chargers are being supplied by Maltrix.")
    assert ("Maltrix", "Korvan") in _supplies(text, "en")


# the mirror (lone_customers.py): goods going to customers alone, the supplier told before
@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix opened its cathode plant in Ohio. The material is destined for Korvan and Tessaro."),
    ("en", "Maltrix has begun installing equipment at its cell plant. The first cells are due in 2026 and will go to Korvan and Tessaro."),
    ("es", "Maltrix ha empezado a fabricar celdas en Kansas. Las primeras celdas ya se envían a Korvan y a Tessaro."),
    ("fr", "Maltrix a inauguré son usine de cathodes à Dunkerque. Les cathodes seront livrées à Korvan et à Tessaro."),
    ("it", "Maltrix ha avviato la fabbrica di catodi a Torino. Il materiale è destinato a Korvan e Tessaro."),
    ("de", "Maltrix hat sein Werk in Werdohl erweitert. Aus Werdohl gehen Strukturbauteile an Korvan und Tessaro."),
    ("de", "Maltrix fertigt seit 2023 in Kolkwitz. Die Zellen werden an Korvan und Tessaro geliefert."),
])
def test_goods_to_lone_customers_come_from_the_company_before(language, text):
    got = _supplies(text, language, sectors={**_SECTORS, "Korvan": ["carmaker"], "Tessaro": ["carmaker"]})
    assert ("Maltrix", "Korvan") in got and ("Maltrix", "Tessaro") in got


@pytest.mark.parametrize("language, text, supplier", [
    # a peer before: the same kind as the customer
    ("en", "Tessaro opened its cathode plant in Ohio. The material is destined for Korvan.", "Tessaro"),
    # the speaker's goods
    ("fr", "Maltrix a ouvert son usine de Lille. Nos cellules sont livrées à Korvan.", "Maltrix"),
    # a company that is no customer beside the listed ones
    ("es", "Maltrix fabrica celdas en Kansas. Las celdas se envían a Korvan, según Nordel.", "Maltrix"),
])
def test_no_supplier_guessed_for_lone_customers(language, text, supplier):
    assert (supplier, "Korvan") not in _supplies(text, language, sectors={**_SECTORS, "Korvan": ["supplier"]})


# a supply contract with one party alone (lone_contracts.py): the other is the story's; the gazetteer's
# chain tells who sells (real companies, sentences made up)
_PARTIES = ["CATL", "BMW", "Samsung SDI", "Mercedes-Benz"]


def _contract_ties(text, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(text, _PARTIES, language=language)) if t == "supplies"}


@pytest.mark.parametrize("language, text, status", [
    ("en", "CATL makes cells in Hungary. A supply contract with BMW for its small SUV came to an end last year.", "ended"),
    ("de", "CATL fertigt Zellen in Ungarn. Ein Liefervertrag mit dem Autobauer BMW ist Ende 2024 ausgelaufen.", "ended"),
    ("it", "CATL produce celle in Ungheria. Il contratto di fornitura con BMW non è stato rinnovato.", "ended"),
    ("fr", "CATL fabrique des cellules en Hongrie. Le contrat d'approvisionnement avec BMW est en vigueur depuis 2022.", "active"),
    ("es", "BMW fabrica coches en Múnich. El contrato de suministro con CATL está en vigor desde 2022.", "active"),
])
def test_a_supply_contract_with_one_party_alone(language, text, status):
    assert ("supplies", "CATL", "BMW", status) in _contract_ties(text, language)


@pytest.mark.parametrize("language, text", [
    # two makers of one kind: the chain cannot tell who sells
    ("en", "CATL makes cells in Hungary. A supply contract with Samsung SDI expired last year."),
    # the topic and the sentence before disagree
    ("de", "BMW baut ein Werk. BMW stellt 3000 Leute ein, und BMW investiert 2 Milliarden. "
           "Mercedes-Benz baut nebenan. Ein Liefervertrag mit CATL läuft bis 2030."),
])
def test_no_lone_contract_reading(language, text):
    assert not _contract_ties(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix ships cathode material from Ohio. Deliveries to Korvan began in March."),
    ("fr", "Maltrix produit des cathodes dans l'Ohio. Les livraisons à Korvan ont commencé en mars."),
    ("it", "Maltrix produce catodi in Ohio. Le consegne a Korvan sono iniziate a marzo."),
    ("es", "Maltrix fabrica cátodos en Ohio. Las entregas a Korvan empezaron en marzo."),
    ("de", "Maltrix fertigt Kathoden in Ohio. Die Lieferungen an Korvan begannen im März."),
])
def test_deliveries_to_a_lone_customer(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language, sectors={**_SECTORS, "Korvan": ["carmaker"]})


def test_a_unit_of_the_topic_told_just_before_is_the_supplier():
    # the story is about Volkswagen (real; the gazetteer knows PowerCo for its unit); PowerCo opens the
    # sentence before
    text = ("Volkswagen reports results. Volkswagen grew, and Volkswagen hired 300 people. "
            "PowerCo, its battery unit, lost a contract. Deliveries to Korvan continue.")
    got = rels(text, ["Volkswagen", "PowerCo", "Korvan"], language="en", sectors={"Korvan": ["carmaker"]})
    assert ("supplies", "PowerCo", "Korvan") in {(t, s, d) for t, s, d, _st, _p in triples(got)}


# the predicates of the sentence written otherwise: the Italian "continues to be supplied by", a
# participle after the goods and a comma, a Spanish object fronted and taken up by its pronoun in a past
# or future tense; these say less of whose goods they are, so the customer is the story's topic (named
# in the headline and again and again)
@pytest.mark.parametrize("language, text", [
    ("it", "Korvan cresce in Italia. Korvan supererà i 1.500 punti di ricarica, ha detto Korvan. "
           "L'elettricità continuerà a essere fornita da Maltrix."),
    ("es", "Korvan amplía su fábrica. Korvan no ha dado cifras de producción, según Korvan. "
           "Los robots de pintura los ha suministrado la italiana Maltrix, que ha enviado a diez técnicos."),
    ("es", "Korvan amplía su fábrica. Korvan invierte en Burgos, según Korvan. "
           "Las prensas las fabricaba Maltrix en Vitoria hasta el año pasado."),
    ("es", "Korvan amplía su fábrica. Korvan invierte en Burgos, según Korvan. "
           "Los equipos de la línea, suministrados por Maltrix, llegarán en mayo."),
    ("fr", "Korvan agrandit son usine. Korvan investit à Douai, selon Korvan. Les machines, fournies par Maltrix, arriveront en mai."),
    ("en", "Korvan expands in Tarrow. Korvan is expanding its plant, Korvan said. The machines, supplied by Maltrix, will arrive in May."),
])
def test_more_ways_of_telling_the_lone_maker(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    # a noun of delivery or production is no fronted verb ("la producción de Maltrix")
    ("es", "Korvan amplía su fábrica. Korvan invierte en Burgos, según Korvan. La producción de las prensas de Maltrix creció un 10%."),
    # a participle told of no goods: the land under the plant
    ("en", "Korvan expands in Tarrow. Korvan is expanding its plant, Korvan said. The land, provided by Maltrix in 2019, "
           "will double in size."),
    # no topic: the company of the sentence before may be a contractor, not the plant's owner
    ("es", "La planta de Burgos avanza. Kestal se encargará de las instalaciones eléctricas. "
           "El agua que necesitará la planta la aportará Maltrix."),
    ("en", "The plant in Tarrow is taking shape. Kestal is doing the wiring. The machines, supplied by Maltrix, will arrive in May."),
])
def test_more_ways_not_read_without_goods_verb_or_topic(language, text):
    got = _supplies(text, language, names=("Korvan", "Maltrix", "Kestal"))
    assert ("Maltrix", "Korvan") not in got and ("Maltrix", "Kestal") not in got


def test_a_loose_reading_keeps_to_the_topic_beside_a_joint_venture():
    """A joint venture the page names beside the topic does not take the goods of a loose reading."""
    text = ("Korvan amplía su fábrica. Korvan invierte en Burgos, según Korvan. Korvan y Tessaro operan la empresa "
            "conjunta Velda desde 2021, y Velda monta paquetes. Las baterías del modelo urbano, por su parte, las "
            "fabricaba Maltrix hasta el año pasado.")
    got = _supplies(text, "es", names=("Korvan", "Maltrix", "Tessaro", "Velda"),
                    sectors={"Maltrix": ["supplier"], "Korvan": ["trucks"]})
    assert ("Maltrix", "Korvan") in got and ("Maltrix", "Velda") not in got
