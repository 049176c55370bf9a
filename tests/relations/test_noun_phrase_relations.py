"""Relations stated inside a noun phrase or an apposition around a company name, not by a verb:
"the Vostra-owned Brixo", "Vostra subsidiary Brixo", "Brixo, part of the Vostra group", "Brixo, eine
Vostra-Tochter,", "la filiale Brixo de Vostra", "Brixo, coentreprise entre A et B". Sentences written
for these tests with made-up companies; each construction has near misses that must not fire."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Almara", "Brixo", "Kestrel", "Orvale", "Vostra"]


def _t(sentence, lang):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, NAMES, language=lang))]


def _pairs(sentence, lang):
    return [(t, s, d) for t, s, d, _ in _t(sentence, lang)]


# --- an owner or investor glued to the company by a hyphen ------------------------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "The Vostra-owned Brixo opened a second plant in Ohio.", ("owns", "Vostra", "Brixo")),
    ("en", "Shares of Vostra-controlled Brixo fell 3%.", ("owns", "Vostra", "Brixo")),
    ("en", "Vostra-backed Brixo raised output at its Texas site.", ("invests_in", "Vostra", "Brixo")),
    ("en", "Analysts expect Vostra-funded Brixo to list next year.", ("invests_in", "Vostra", "Brixo")),
])
def test_owner_glued_before_the_name(lang, sentence, expected):
    assert _pairs(sentence, lang) == [expected]


@pytest.mark.parametrize("lang,sentence,expected", [
    ("de", "Brixo, eine Vostra-Tochter, hat ein Werk in Ulm eröffnet.", ("owns", "Vostra", "Brixo", "active")),
    ("de", "Brixo, die frühere Vostra-Tochter, baut Stellen ab.", ("owns", "Vostra", "Brixo", "ended")),
    ("en", "Brixo, an Almara-backed startup, opened a pilot line.", ("invests_in", "Almara", "Brixo", "active")),
    ("en", "Brixo, a Vostra-owned seat maker, opened a plant.", ("owns", "Vostra", "Brixo", "active")),
])
def test_owner_compound_in_apposition(lang, sentence, expected):
    assert _t(sentence, lang) == [expected]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "The Vostra-backed plan failed, Brixo said."),
    ("en", "Brixo said the Vostra-funded study was flawed."),
    ("de", "Brixo hat die Vostra-Tochter gekauft."),
])
def test_glued_owner_without_a_unit(lang, sentence):
    assert [p for p in _pairs(sentence, lang) if p[1] == "Vostra"] == []


def test_apposed_compound_names_the_unit_not_the_subject():
    # "eine Vostra-Tochter" describes Kestrel, the name it follows, not the subject
    got = _pairs("Brixo liefert an Kestrel, eine Vostra-Tochter.", "de")
    assert ("owns", "Vostra", "Kestrel") in got and ("owns", "Brixo", "Kestrel") not in got


def test_owned_supplier_is_not_a_customer():
    assert _pairs("Brixo, an Almara-owned supplier, opened a plant.", "en") == [("owns", "Almara", "Brixo")]


# --- "Vostra subsidiary Brixo": parent, unit noun, unit's name ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Vostra subsidiary Brixo opened a plant in Ohio.",
    "Production at Vostra unit Brixo resumed on Monday.",
    "The order went to Vostra division Brixo.",
])
def test_parent_unit_compound(sentence):
    assert ("owns", "Vostra", "Brixo") in _pairs(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "Vostra's Orvale unit Brixo said nothing.",  # the possessor owns the unit named inside the noun
    "Vostra unit sales rose while Brixo lost share.",
])
def test_parent_unit_compound_near_misses(sentence):
    assert ("owns", "Vostra", "Brixo") not in _pairs(sentence, "en")


# --- "Brixo, part of the Vostra group" --------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, part of the Vostra group, opened a plant in Ohio."),
    ("en", "Brixo, now part of Vostra, cut 200 jobs."),
    ("de", "Brixo, Teil des Vostra-Konzerns, hat ein Werk eröffnet."),
    ("de", "Brixo, seit 2019 Teil von Vostra, baut Stellen ab."),
])
def test_part_of_in_apposition(lang, sentence):
    assert _pairs(sentence, lang) == [("owns", "Vostra", "Brixo")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, part of Vostra's push into batteries, opened a plant."),
    ("en", "The plant, part of Vostra's plan, opened in Ohio."),
    ("de", "Der Auftrag, Teil der Vostra-Strategie, geht an Brixo."),
])
def test_part_of_near_misses(lang, sentence):
    assert [p for p in _pairs(sentence, lang) if p[0] == "owns"] == []


# --- the unit named between its noun and its parent ------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("it", "La controllata Brixo di Vostra ha aperto uno stabilimento a Torino."),
    ("it", "La filiale Brixo dell'Vostra ha chiuso il bilancio in utile."),
    ("fr", "La filiale Brixo de Vostra a ouvert une usine à Lyon."),
    ("es", "La filial Brixo de Vostra abrió una planta en Valencia."),
    ("de", "Die Tochter Brixo von Vostra hat ein Werk eröffnet."),
])
def test_unit_between_noun_and_parent(lang, sentence):
    assert _pairs(sentence, lang) == [("owns", "Vostra", "Brixo")]


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "La filiale Brixo de Lyon a ouvert une usine."),  # a place, not a parent
    ("it", "La controllata Brixo di Torino ha aperto."),
])
def test_unit_between_noun_and_place(lang, sentence):
    assert _pairs(sentence, lang) == []


# --- joint ventures in apposition: the parents are partners ----------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("it", "Brixo, joint venture tra Almara e Kestrel, ha aperto uno stabilimento a Torino."),
    ("fr", "Brixo, coentreprise entre Almara et Kestrel, a ouvert une usine à Lyon."),
    ("de", "Brixo, Gemeinschaftsunternehmen von Almara und Kestrel, hat ein Werk eröffnet."),
    ("en", "Brixo, the 50-50 venture of Almara and Kestrel, opened a plant in Ohio."),
    ("en", "Brixo, a venture between Almara and Kestrel, opened a plant in Ohio."),
    ("en", "Almara and Kestrel set up a 50-50 venture to build cells."),
])
def test_venture_apposition_names_the_parents(lang, sentence):
    assert _pairs(sentence, lang) == [("joint_venture", "Almara", "Kestrel")]


@pytest.mark.parametrize("lang,sentence,expected", [
    # a pair before the comma is the parents themselves
    ("en", "Almara and Kestrel, joint venture partners since 2019, opened a plant.", [("joint_venture", "Almara", "Kestrel")]),
    ("en", "The venture between the two rivals ended, Almara said.", []),
    ("en", "Brixo raised venture capital from Almara.", [("invests_in", "Almara", "Brixo")]),
])
def test_venture_near_misses(lang, sentence, expected):
    assert _pairs(sentence, lang) == expected


# --- a sale told by a participle in apposition: the name before the comma was sold -----------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, sold to Vostra in 2019, opened a plant in Ohio."),
    ("en", "Brixo, sold in 2019 to Vostra, opened a plant in Ohio."),
    ("it", "Brixo, ceduta a Vostra nel 2019, ha aperto uno stabilimento."),
    ("fr", "Brixo, cédée à Vostra en 2019, a ouvert une usine."),
    ("fr", "Brixo, vendue à Vostra, a ouvert une usine."),
    ("es", "Brixo, vendida a Vostra en 2019, abrió una planta."),
])
def test_sale_participle_in_apposition(lang, sentence):
    assert _t(sentence, lang) == [("acquires", "Vostra", "Brixo", "active")]


@pytest.mark.parametrize("lang,sentence,expected", [
    # a present tense sells goods to the customer
    ("fr", "Brixo, vend à Vostra des batteries.", [("supplies", "Brixo", "Vostra")]),
    ("it", "Brixo, vende a Vostra le batterie.", [("supplies", "Brixo", "Vostra")]),
    ("en", "Brixo, sold cells to Vostra, grew fast.", [("supplies", "Brixo", "Vostra")]),
])
def test_sale_participle_near_misses(lang, sentence, expected):
    assert _pairs(sentence, lang) == expected


# --- a partner named by its noun --------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, a partner of Almara, cut its outlook."),
    ("en", "Almara's battery partner Brixo cut its outlook."),
    ("it", "Brixo, partner storico di Almara nelle batterie, ha tagliato le stime."),
    ("fr", "Brixo, partenaire de longue date d'Almara, a abaissé ses prévisions."),
    ("es", "Brixo, aliado de Almara, rebajó sus previsiones."),
    ("es", "Brixo, socio tecnológico de Almara, rebajó sus previsiones."),
    ("de", "Brixo, ein Partner von Almara, hat die Prognose gesenkt."),
])
def test_partner_noun(lang, sentence):
    assert _pairs(sentence, lang) == [("partners_with", "Almara", "Brixo")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara is Brixo's partner, Kestrel said."),  # the name after the comma is the source
    ("en", "Brixo, a partner of choice for carmakers, cut its outlook."),
    ("it", "Brixo cerca un partner per la divisione, dice Almara."),
    ("en", "Brixo, a rival of Almara, cut its outlook."),
    ("de", "Brixo, ein Konkurrent von Almara, hat die Prognose gesenkt."),
])
def test_partner_noun_near_misses(lang, sentence):
    assert [p for p in _pairs(sentence, lang) if p[0] == "partners_with"] == []


# --- a closed sale told by a possessed sale noun: the possessor was sold ---------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo has grown since its sale to Vostra in 2020."),
    ("it", "Brixo è cresciuta dopo la sua cessione a Vostra."),
    ("fr", "Brixo a doublé ses ventes depuis sa cession à Vostra."),
    ("es", "Brixo ha crecido desde su venta a Vostra en 2020."),
    ("de", "Brixo ist seit seinem Verkauf an Vostra gewachsen."),
])
def test_possessed_sale(lang, sentence):
    assert _pairs(sentence, lang) == [("acquires", "Vostra", "Brixo")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo boosted its sales to Vostra."),  # goods sold, not the company
    ("fr", "Brixo a augmenté ses ventes à Vostra."),
])
def test_possessed_sale_near_misses(lang, sentence):
    assert [p for p in _pairs(sentence, lang) if p[0] == "acquires"] == []


# --- an elided French relative word: "qu'Almara a rachetée" ----------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Brixo, qu'Almara a rachetée en 2019, a ouvert une usine.", ("acquires", "Almara", "Brixo")),
    ("Brixo, qu’Almara détient à 30 %, a ouvert une usine.", ("invests_in", "Almara", "Brixo")),
])
def test_elided_relative_word(sentence, expected):
    assert _pairs(sentence, "fr") == [expected]


def test_relative_word_not_inside_a_longer_word():
    # "quelques" opens with "que" but is no relative word
    assert _pairs("Brixo, quelques mois après Almara, a ouvert une usine.", "fr") == []


# --- "among whose customers": a membership preposition before the relative word ---------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("de", "Brixo, zu dessen Kunden Almara zählt, hat die Prognose gesenkt.", [("supplies", "Brixo", "Almara")]),
    ("de", "Brixo, zu deren Kunden Almara und Kestrel gehören, hat die Prognose gesenkt.",
     [("supplies", "Brixo", "Almara"), ("supplies", "Brixo", "Kestrel")]),
    ("it", "Brixo, tra i cui clienti figura Almara, ha tagliato le stime.", [("supplies", "Brixo", "Almara")]),
    ("es", "Brixo, entre cuyos clientes figura Almara, rebajó sus previsiones.", [("supplies", "Brixo", "Almara")]),
    ("en", "Brixo, among whose customers is Almara, cut its outlook.", [("supplies", "Brixo", "Almara")]),
    ("de", "Brixo, unter dessen Aktionären Almara ist, hat die Prognose gesenkt.", [("invests_in", "Almara", "Brixo")]),
])
def test_among_whose(lang, sentence, expected):
    assert _pairs(sentence, lang) == expected


def test_from_whose_suppliers_is_no_membership():
    # Almara buys from Brixo's suppliers: neither supplies the other
    assert _pairs("Brixo, von dessen Lieferanten Almara Teile bezieht, hat die Prognose gesenkt.", "de") == []


def test_german_relative_with_herstellt():
    assert _pairs("Brixo, das Batterien für Almara herstellt, hat die Prognose gesenkt.", "de") == [("supplies", "Brixo", "Almara")]


# --- "former" inside a unit's noun phrase: the tie is over ------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara's former subsidiary Brixo opened a plant."),
    ("en", "Brixo, Almara's former unit, opened a plant."),
    ("en", "Brixo, a former Almara subsidiary, opened a plant."),
    ("de", "Die frühere Almara-Tochter Brixo hat ein Werk eröffnet."),
])
def test_former_unit(lang, sentence):
    assert _t(sentence, lang) == [("owns", "Almara", "Brixo", "ended")]


@pytest.mark.parametrize("sentence", [
    "Almara's subsidiary Brixo opened a plant.",
    "Kestrel, a former partner, said Almara's unit Brixo grew.",  # "former" in another phrase
])
def test_former_elsewhere_leaves_the_unit(sentence):
    assert ("owns", "Almara", "Brixo", "active") in _t(sentence, "en")


# --- a list closed by "and": a name after a further comma is an apposition, not a member -----------

@pytest.mark.parametrize("lang,sentence", [
    ("it", "La joint venture tra Almara e Kestrel, Brixo, ha aperto uno stabilimento."),
    ("fr", "La coentreprise entre Almara et Kestrel, Brixo, a ouvert une usine."),
    ("en", "The joint venture between Almara and Kestrel, Brixo, opened a plant."),
    ("de", "Das Gemeinschaftsunternehmen von Almara und Kestrel, Brixo, hat ein Werk eröffnet."),
])
def test_venture_named_after_its_parents(lang, sentence):
    assert _pairs(sentence, lang) == [("joint_venture", "Almara", "Kestrel")]


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Brixo supplies Almara and Kestrel, Orvale said.", [("supplies", "Brixo", "Almara"), ("supplies", "Brixo", "Kestrel")]),
    ("en", "Brixo supplies Almara, Kestrel and Orvale.",
     [("supplies", "Brixo", "Almara"), ("supplies", "Brixo", "Kestrel"), ("supplies", "Brixo", "Orvale")]),
    ("it", "Brixo fornisce Almara, Kestrel e Orvale.",
     [("supplies", "Brixo", "Almara"), ("supplies", "Brixo", "Kestrel"), ("supplies", "Brixo", "Orvale")]),
])
def test_list_closed_by_a_conjunction(lang, sentence, expected):
    assert _pairs(sentence, lang) == expected


# --- German participle attributes: "die von Almara übernommene Brixo" --------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Die von Almara übernommene Brixo hat ein Werk eröffnet.", ("acquires", "Almara", "Brixo")),
    ("Die 2019 von Almara gekaufte Brixo hat ein Werk eröffnet.", ("acquires", "Almara", "Brixo")),
    ("Der von Almara kontrollierte Zulieferer Brixo hat ein Werk eröffnet.", ("owns", "Almara", "Brixo")),
    ("Das von Almara finanzierte Start-up Brixo hat ein Werk eröffnet.", ("invests_in", "Almara", "Brixo")),
])
def test_german_participle_attribute(sentence, expected):
    assert _pairs(sentence, "de") == [expected]


@pytest.mark.parametrize("sentence", [
    "Die von Almara unterstützte Initiative von Brixo startet.",  # the company is the noun's complement
    "Brixo hat die von Almara übernommenen Anlagen in Ulm modernisiert.",  # plants, not a company
])
def test_german_participle_attribute_near_misses(sentence):
    assert _pairs(sentence, "de") == []


@pytest.mark.parametrize("sentence", [
    "Die Almara-Beteiligung Brixo hat ein Werk eröffnet.",
    "Brixo, eine Almara-Beteiligung, hat ein Werk eröffnet.",
])
def test_german_stake_compound(sentence):
    assert _pairs(sentence, "de") == [("invests_in", "Almara", "Brixo")]


def test_german_stake_compound_without_a_company():
    assert _pairs("Brixo verkauft die Almara-Beteiligung.", "de") == []


@pytest.mark.parametrize("lang,sentence", [
    ("de", "Das Gemeinschaftsunternehmen Brixo von Almara und Kestrel hat ein Werk eröffnet."),
    ("de", "Das Joint Venture Brixo von Almara und Kestrel hat ein Werk eröffnet."),
    ("es", "La empresa conjunta Brixo, de Almara y Kestrel, abrió una planta."),
    ("fr", "La coentreprise Brixo de Almara et Kestrel a ouvert une usine."),
])
def test_venture_name_between_noun_and_parents(lang, sentence):
    assert _pairs(sentence, lang) == [("joint_venture", "Almara", "Kestrel")]


def test_venture_name_with_one_owner_names_no_pair():
    assert _pairs("Das Gemeinschaftsunternehmen Brixo von Almara hat ein Werk eröffnet.", "de") == []


@pytest.mark.parametrize("sentence", [
    "Brixo, Großkunde von Almara, hat die Prognose gesenkt.",
    "Brixo ist der Hauptkunde von Almara.",
    "Zu den Großkunden von Almara zählt Brixo.",
])
def test_german_key_customer_nouns(sentence):
    assert _pairs(sentence, "de") == [("supplies", "Almara", "Brixo")]


def test_german_key_customer_noun_without_a_pair():
    assert _pairs("Almara verliert Großkunden, sagt Brixo.", "de") == []


# --- a fronted deal noun with a possessive: the subject after the comma is its possessor --------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Since its takeover by Almara, Brixo has doubled sales."),
    ("en", "Since its takeover by Almara in 2019, Brixo has doubled sales."),
    ("fr", "Depuis son rachat par Almara, Brixo a doublé ses ventes."),
    ("it", "Dopo la sua acquisizione da parte di Almara, Brixo è cresciuta."),
    ("es", "Tras su adquisición por Almara, Brixo ha crecido."),
])
def test_fronted_possessed_deal(lang, sentence):
    assert _pairs(sentence, lang) == [("acquires", "Almara", "Brixo")]


@pytest.mark.parametrize("sentence", [
    "Since the takeover by Almara, Brixo has doubled sales.",  # no possessive: whose takeover is unsaid
    "After its acquisition by Almara, Kestrel said Brixo would grow.",  # a source after the comma
])
def test_fronted_possessed_deal_near_misses(sentence):
    assert _pairs(sentence, "en") == []


# --- a described unit after an agent's "da": "un ordine da Brixo, la società delle batterie del gruppo
# Vostra" is Vostra's unit Brixo, not the subject's ----------------------------------------------------

def test_it_a_described_unit_after_da_belongs_to_the_group_named():
    from tierscope.relations import RelationExtractor

    from .helpers import make_doc
    text = "Almara si è aggiudicata un ordine da Brixo, la società delle batterie del gruppo Vostra, per la fornitura di linee."
    doc = make_doc(text, ["Almara", "Brixo", "Vostra"], language="it", coref={"la società": "Brixo"})
    got = {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}
    assert ("owns", "Vostra", "Brixo") in got
    assert ("owns", "Vostra", "Almara") not in got
