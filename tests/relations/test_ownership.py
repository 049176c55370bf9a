"""Ownership constructions (owns, acquires, invests_in), one row per language where the construction
exists, on sentences written for these tests with made-up companies. Each construction has its
near misses: sentences that look alike and must not give the relation."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang, **kw))]


NAMES = ["Almara", "Brixo", "Kestrel", "Orvale", "Vostra"]


# --- a tie the words say is over -------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Last year Kestrel bought Brixo, the seat maker that had belonged to Almara, for $300 million."),
    ("en", "Brixo, a former unit of Almara, now sells to Asian carmakers."),
    ("en", "Brixo, formerly owned by Almara, opened a second plant."),
])
def test_tie_that_is_over(lang, sentence):
    got = _t(sentence, NAMES, lang)
    assert ("owns", "Almara", "Brixo", "ended") in got


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Brixo, which has belonged to Almara since 2011, opened a plant.", [("owns", "Almara", "Brixo", "active")]),
    # a sister company shares a parent: neither owns the other
    ("en", "Brixo is a sister company of Orvale.", []),
    ("fr", "Brixo est une société sœur de Orvale.", []),
])
def test_belongs_and_sister_company(lang, sentence, expected):
    assert _t(sentence, NAMES, lang) == expected


# --- a parent noun's stake is its own, not a share price move ---------------------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Vostra rose 3.1% and Almara, the parent of Brixo, slipped 0.4%.", ("owns", "Almara", "Brixo", "active")),
    ("en", "Almara owns 30% of Brixo.", ("invests_in", "Almara", "Brixo", "active")),
    ("it", "Almara controlla il 30% di Brixo.", ("invests_in", "Almara", "Brixo", "active")),
])
def test_parent_noun_percentage(lang, sentence, expected):
    assert _t(sentence, NAMES, lang) == [expected]


# --- sales: the seller is never bought, the asset may follow the buyer or precede a final verb -----

@pytest.mark.parametrize("lang,sentence,expected", [
    ("it", "Vostra ha firmato l'intesa per cedere a Kestrel per 2,4 miliardi di euro Orvale, la divisione dei radar.",
     ("acquires", "Kestrel", "Orvale")),
    ("es", "Vostra acordó vender a Kestrel por 900 millones de euros Orvale.", ("acquires", "Kestrel", "Orvale")),
    ("de", "Der Zulieferer Vostra hat seine polnische Tochter, die Orvale GmbH, an den Finanzinvestor Kestrel verkauft.",
     ("acquires", "Kestrel", "Orvale")),
    ("de", "Orvale wurde 2019 an Kestrel verkauft.", ("acquires", "Kestrel", "Orvale")),
])
def test_sale_buyer_and_asset(lang, sentence, expected):
    got = _t(sentence, {**{n: n for n in NAMES}, "Orvale GmbH": "Orvale"}, lang)
    assert expected in [(t, s, d) for t, s, d, _ in got]


@pytest.mark.parametrize("lang,sentence,companies", [
    # the unit's full name is not recognised: only the seller's own name stands before the buyer
    ("en", "Almara has agreed to sell its cable business, Almara Cable Systems, to Kestrel, the buyer said.", ["Almara", "Kestrel"]),
    # one name before a German final verb is the seller of goods, not a company sold
    ("de", "Vostra hat im vergangenen Jahr Zellen an Kestrel verkauft.", ["Vostra", "Kestrel"]),
])
def test_seller_is_not_the_asset(lang, sentence, companies):
    got = _t(sentence, companies, lang)
    assert not [r for r in got if r[0] == "acquires"], got


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Vostra sold its controlling stake in Orvale to Kestrel in 2018.", "ended"),
    ("fr", "Vostra a cédé à Kestrel sa participation majoritaire dans Orvale.", "ended"),
    ("es", "Vostra vendió su participación mayoritaria en Orvale a Kestrel.", "ended"),
    ("de", "Vostra hat seine Mehrheitsbeteiligung an Orvale an Kestrel verkauft.", "ended"),
    ("it", "Vostra ha confermato di essere in trattativa con Kestrel per la cessione della quota di maggioranza di Orvale.", "active"),
])
def test_seller_of_a_controlling_stake_owned_it(lang, sentence, expected):
    got = _t(sentence, NAMES, lang)
    assert ("owns", "Vostra", "Orvale", expected) in got
    assert not [r for r in got if r[0] == "acquires" and r[1] == "Vostra"], got


# --- what a deal word governs ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    # electricity bought under contract is a supply, not a takeover
    ("en", "Vostra signed a 15-year power purchase agreement with Kestrel for wind power."),
    # the stake's object is the venture; the next name starts another clause
    ("en", "Vostra will hold 70% of the venture and Kestrel the rest."),
    # a market share is no stake in the next company named
    ("it", "Vostra resta prima sul mercato con una quota del 31,2%, in calo di due punti, mentre Kestrel sale al 12%."),
])
def test_deal_word_object_is_not_the_next_name(lang, sentence):
    got = _t(sentence, NAMES, lang)
    assert not [r for r in got if r[0] in ("acquires", "invests_in", "owns")], got


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Vostra acquired 30% of Kestrel in May.", ("invests_in", "Vostra", "Kestrel")),
    ("it", "Vostra ha acquisito il 25 per cento di Kestrel.", ("invests_in", "Vostra", "Kestrel")),
])
def test_deal_word_object_nearby(lang, sentence, expected):
    assert expected in [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)]


# --- a company name is no tense ending --------------------------------------------------------------

def test_french_name_ending_like_a_future_is_no_cue():
    got = _t("Vostra a cédé à Kestrel sa participation majoritaire dans Orvale.", NAMES, "fr")
    assert ("acquires", "Kestrel", "Orvale", "active") in got


# --- a described unit of a named owner, in apposition ----------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("es", "Brixo, la filial de motores eléctricos y software de Almara, abrirá una planta."),
    ("es", "Kestrel y Brixo, la filial de reciclaje de baterías del grupo Almara, firmaron el acuerdo."),
    # (not "Brixo, la marca deportiva del grupo Almara": a brand is no company, tests/relations/test_owner_parties.py)
    ("fr", "Brixo, la filiale véhicules utilitaires du groupe Almara, se fournit auprès de Kestrel."),
    ("fr", "Orvale réunit Kestrel et Brixo, la filiale spécialisée dans les matériaux du chimiste belge Almara."),
    ("it", "Brixo, la società dei motori elettrici del gruppo Almara, ha aperto un impianto."),
    ("it", "Brixo, la controllata americana del colosso Almara, ha chiuso il bilancio."),
])
def test_described_unit_of_a_named_owner(lang, sentence):
    got = _t(sentence, NAMES, lang)
    assert ("owns", "Almara", "Brixo", "active") in got
    assert not [r for r in got if r[0] == "owns" and r[2] != "Brixo"], got


@pytest.mark.parametrize("lang,sentence,coref", [
    # the entity stage took the description for the company itself: the owner's words still count
    ("es", "Brixo, la compañía de baterías del grupo Almara, firmó con Kestrel.", {"la compañía de baterías": "Brixo"}),
    ("it", "Kestrel tratta con Brixo, la società delle batterie del gruppo Almara, per un accordo.", {"la società": "Brixo"}),
    ("fr", "Brixo, la société de batteries du groupe Almara, a signé avec Kestrel.", {"la société": "Brixo"}),
])
def test_owner_words_after_a_described_name(lang, sentence, coref):
    got = _t(sentence, NAMES, lang, coref=coref)
    assert ("owns", "Almara", "Brixo", "active") in got


@pytest.mark.parametrize("lang,sentence", [
    # the company a preposition governs is no apposition's head
    ("es", "Kestrel suministrará energía a la empresa de baterías de Almara."),
    ("it", "Kestrel ha scelto la società di revisione Almara."),
    ("fr", "Kestrel a rencontré les dirigeants du groupe Almara à Paris."),
    # a list before the apposition: the description is the last name's only
    ("fr", "Orvale est détenue par Kestrel et Vostra, la filiale batteries de Almara."),
])
def test_described_unit_near_misses(lang, sentence):
    got = _t(sentence, NAMES, lang)
    assert not [r for r in got if r[0] == "owns" and r[1] == "Almara" and r[2] != "Vostra"], got


def test_name_inside_an_apposition_is_no_subject():
    got = _t("Vostra ha firmato un contratto con Brixo, la società del gruppo Almara dedicata all'elettrico, per la fornitura di "
             "moduli di potenza.", NAMES, "it", coref={"la società": "Brixo"})
    assert ("supplies", "Almara", "Brixo", "announced") not in got
    assert ("owns", "Almara", "Brixo", "active") in got


# --- stakes: "a stake of about N% in", "the stake it held in", "in which X holds a stake" ------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "The round was led by Almara, which has held a stake of around 15% in Brixo since 2021.", "active"),
    ("en", "Brixo, in which Almara holds a stake of about 30%, makes seats.", "active"),
    ("en", "Last month Almara sold the 6% stake it held in Brixo.", "ended"),
    ("fr", "Almara a pris l'an dernier une participation d'environ 12 % dans Brixo.", "active"),
    ("fr", "Almara a cédé la participation qu'il détenait dans Brixo.", "ended"),
    ("it", "Almara ha comprato una quota di circa il 18% in Brixo.", "active"),
    ("it", "Almara ha venduto la quota che deteneva nella tedesca Brixo.", "ended"),
    ("es", "Almara tiene una participación de alrededor del 20% en Brixo.", "active"),
    ("es", "En 2023, Almara vendió la participación cercana al 5% que tenía en la chilena Brixo.", "ended"),
    ("de", "Almara hält eine Beteiligung von rund 20 Prozent an Brixo.", "active"),
])
def test_stake_with_an_approximate_share_or_held(lang, sentence, expected):
    got = _t(sentence, NAMES, lang)
    assert ("invests_in", "Almara", "Brixo", expected) in got
    assert not [r for r in got if r[0] == "supplies"], got


@pytest.mark.parametrize("lang,sentence", [
    # "holds a stake" with no "in which" names no company
    ("en", "Almara holds a small stake, and Brixo declined to comment."),
    ("en", "Almara, which has a 10% stake, said Brixo would decide."),
])
def test_held_stake_without_its_company(lang, sentence):
    assert not [r for r in _t(sentence, NAMES, lang) if r[0] in ("invests_in", "owns", "acquires")]


# --- shareholders: who holds control owns; membership needs "among" or "as" ---------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara is the controlling shareholder of Brixo."),
    ("it", "Almara è diventata l'azionista di controllo di Brixo."),
    ("fr", "Almara, actionnaire majoritaire de Brixo, a validé le plan."),
    ("es", "Almara es el accionista mayoritario de Brixo."),
    ("de", "Almara ist Mehrheitsaktionär von Brixo."),
])
def test_controlling_shareholder_owns(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("owns", "Almara", "Brixo", "active")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo counts Almara among its shareholders."),
    ("fr", "Brixo compte Almara parmi ses actionnaires."),
    ("it", "Brixo conta Almara tra i suoi azionisti."),
    ("es", "Brixo cuenta entre sus accionistas a Almara."),
    # the head of an apposition is the shareholder, whatever preposition governs it
    ("fr", "Le dossier pèse sur Almara, premier actionnaire de Brixo avec 21 % du capital."),
])
def test_shareholder_membership(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("invests_in", "Almara", "Brixo", "active")]


def test_possessive_shareholder_without_membership_reads_nothing():
    # "its sole shareholder" after "created Y": whose shareholder "su" means is not said in the clause
    got = _t("Almara creó Brixo en 2022 para agrupar su negocio y es su único accionista.", NAMES, "es")
    assert not [r for r in got if r[1] == "Brixo"], got


# --- takeovers named by a noun with their buyer, and tender offers -------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo denied a report about a takeover by Almara."),
    ("de", "Der Zulieferer Brixo hat einen Bericht über eine Übernahme durch den Konzern Almara zurückgewiesen."),
    ("fr", "Brixo a démenti les rumeurs de rachat par Almara."),
    ("es", "Brixo niega su adquisición por parte de Almara."),
    ("it", "Brixo smentisce l'ipotesi di un'acquisizione da parte di Almara."),
])
def test_takeover_by_a_named_buyer(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("acquires", "Almara", "Brixo", "denied")]


def test_takeover_by_then_of():
    got = _t("Shares of Kestrel rose after the acquisition by Almara of Brixo.", NAMES, "en")
    assert [(t, s, d) for t, s, d, _ in got] == [("acquires", "Almara", "Brixo")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara launched a tender offer for Brixo on Monday."),
    ("it", "Almara ha lanciato un'offerta pubblica di acquisto volontaria totalitaria sulle azioni di Brixo."),
    ("fr", "Almara lance une OPA amicale sur Brixo."),
    ("es", "Almara lanza una opa sobre Brixo."),
    ("de", "Almara legt ein Übernahmeangebot für Brixo vor."),
])
def test_tender_offer(lang, sentence):
    assert [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)] == [("acquires", "Almara", "Brixo")]


def test_source_of_a_report_is_no_buyer():
    got = _t("Según fuentes consultadas por Kestrel Hoy, Almara estaría explorando la compra de Brixo.", NAMES, "es")
    assert [(t, s, d) for t, s, d, _ in got] == [("acquires", "Almara", "Brixo")]


# --- whose stake: the holder is not the company the stake is in ---------------------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Under the deal, Almara has bought Kestrel's half of Brixo.", ("Almara", "Brixo")),
    ("es", "Almara compró la participación de Kestrel en Brixo.", ("Almara", "Brixo")),
    ("fr", "Almara a racheté la participation de Kestrel dans Brixo.", ("Almara", "Brixo")),
    ("it", "Almara ha acquistato la quota di Kestrel in Brixo.", ("Almara", "Brixo")),
    # the holder's stake in a venture that is not named: no company bought
    ("es", "Almara estudia la compra de la participación de Kestrel en la coinversión.", None),
    ("en", "Almara may buy Kestrel's stake in the venture.", None),
])
def test_stake_holder_is_not_the_target(lang, sentence, expected):
    got = [(s, d) for t, s, d, _ in _t(sentence, NAMES, lang) if t in ("acquires", "invests_in")]
    assert got == ([expected] if expected else []), got


# --- the subject of a relative, whatever governs it; an owner glued to its unit ------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("it", "Per il gruppo Almara, che dal 2008 controlla Brixo, è l'operazione più grande.", ("owns", "Almara", "Brixo")),
    ("en", "The round was led by Almara, which has held a stake of around 15% in Brixo since 2021.", ("invests_in", "Almara", "Brixo")),
    ("en", "The offer was topped by Almara's, which bought Brixo for $2 billion.", ("acquires", "Almara", "Brixo")),
    ("es", "Para Almara, que controla Brixo desde 2015, es un paso clave.", ("owns", "Almara", "Brixo")),
])
def test_relative_subject(lang, sentence, expected):
    assert expected in [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)]


@pytest.mark.parametrize("lang,sentence", [
    ("de", "Almara kontrolliert seitdem die frühere Kestrel-Tochter Brixo."),
    ("en", "Almara bought the Kestrel-owned Brixo in 2020."),
])
def test_owner_glued_to_the_unit(lang, sentence):
    got = [(s, d) for t, s, d, _ in _t(sentence, NAMES, lang) if s == "Almara"]
    assert got == [("Almara", "Brixo")]


# --- the seller owned what it sells ---------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Almara bought Brixo from Kestrel in 1998 for $800 million.", "ended"),
    ("en", "Almara agreed to acquire Brixo from Kestrel.", "active"),
    ("en", "Kestrel sold Brixo to Almara in 2019.", "ended"),
    ("it", "Almara ha acquistato Brixo da Kestrel.", "ended"),
    ("fr", "Almara a racheté Brixo à Kestrel en 2019.", "ended"),
    ("es", "Almara compró Brixo a Kestrel en 2019.", "ended"),
    ("de", "Almara hat Brixo von Kestrel übernommen.", "ended"),
])
def test_seller_owned_the_company(lang, sentence, expected):
    got = _t(sentence, NAMES, lang)
    assert ("acquires", "Almara", "Brixo") in [(t, s, d) for t, s, d, _ in got]
    assert ("owns", "Kestrel", "Brixo", expected) in got


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara buys cells from Kestrel."),
    ("en", "Almara acquired a 20% stake in Brixo from Kestrel."),
])
def test_no_seller_without_a_company_sold_whole(lang, sentence):
    assert not [r for r in _t(sentence, NAMES, lang) if r[0] == "owns"]


# --- English: its unit, the name before "and its", the purchase of Y by X ---------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Almara will report for itself and its main banking subsidiary Brixo.", ("owns", "Almara", "Brixo")),
    ("The figures cover Almara and its wholly owned subsidiary, Brixo.", ("owns", "Almara", "Brixo")),
    ("In 2006 Kestrel was acquired by Brixo, which is indirectly wholly owned by Almara.", ("owns", "Almara", "Brixo")),
    ("The purchase of Brixo by Almara closed in 2008.", ("acquires", "Almara", "Brixo")),
    ("As a result of Almara's acquisition of Brixo, the plant stays open.", ("acquires", "Almara", "Brixo")),
])
def test_english_unit_and_deal_nouns(sentence, expected):
    assert expected in [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, "en")]


@pytest.mark.parametrize("lang,sentence", [
    # a unit named as the object of a preposition is said of no company in the sentence
    ("en", "On Monday Kestrel sold its plant to a subsidiary of Almara for $42 million."),
    ("fr", "Kestrel a vendu l'usine à une filiale de Almara."),
    ("es", "Kestrel vendió la planta a una filial de Almara."),
    # an agent inside brackets acts on no name outside them
    ("en", "Patents are held by Kestrel (acquired by Almara in 2007), Brixo and others."),
])
def test_unit_or_agent_out_of_reach(lang, sentence):
    got = _t(sentence, NAMES, lang)
    assert not [r for r in got if r[0] in ("owns", "acquires") and r[2] != "Kestrel"], got


# --- German: both names before the final verb ------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Almara hat im Frühjahr Brixo übernommen.", ("acquires", "Almara", "Brixo")),
    ("Dafür hatte Almara 2021 für 400 Millionen Euro das Start-up Brixo gekauft.", ("acquires", "Almara", "Brixo")),
    ("Almara will Brixo bis Jahresende übernehmen.", ("acquires", "Almara", "Brixo")),
])
def test_german_final_verb(sentence, expected):
    assert [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, "de")] == [expected]


@pytest.mark.parametrize("sentence", [
    # "das" may open a relative of subject or object: the order says nothing
    "Brixo, das Almara 2020 übernommen hat, wächst.",
    # the name after "vom" is where the business came from, not what was bought
    "Das Geschäft hatte Almara 2015 vom Hersteller Kestrel übernommen.",
])
def test_german_final_verb_near_misses(sentence):
    got = _t(sentence, NAMES, "de")
    assert not [r for r in got if r[0] == "acquires" and r[2] in ("Almara", "Kestrel")], got


# --- whose shareholder, in which a shareholder --------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, whose largest shareholder is Almara, makes cells."),
    ("en", "Brixo, of which Almara is the largest shareholder, makes cells."),
    ("fr", "Brixo, dont le premier actionnaire est l'allemand Almara, produit à Metz."),
    ("es", "Brixo, en la que Almara es el primer accionista con el 25% del capital, producirá en 2026."),
    ("it", "Brixo, il cui primo azionista è Almara, produce celle."),
    ("de", "Brixo, dessen größter Aktionär Almara ist, baut ein Werk."),
])
def test_relative_shareholder(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("invests_in", "Almara", "Brixo", "active")]


def test_whose_customer_is_reversed():
    got = _t("Brixo, whose main customer is Almara, opened a plant.", NAMES, "en")
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Brixo", "Almara")]


# --- a joint venture's parents own no share named as such; a passive agent stays in its phrase ------

def test_jointly_owned_is_no_ownership():
    # the owners are the parents of a joint venture (pairwise), none of them owns the venture
    got = _t("Almara supplies Kestrel, the cell maker jointly owned by Brixo, Orvale and Vostra.", NAMES, "en")
    assert sorted((t, s, d) for t, s, d, _ in got) == [
        ("joint_venture", "Brixo", "Orvale"), ("joint_venture", "Brixo", "Vostra"), ("joint_venture", "Orvale", "Vostra"),
        ("supplies", "Almara", "Kestrel")]


def test_wholly_owned_still_owns():
    assert _t("Kestrel, wholly owned by Brixo, grew.", NAMES, "en") == [("owns", "Brixo", "Kestrel", "active")]


# --- English: a name inside the unit's noun phrase ----------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("The Almara group, which builds its vans through its Brixo unit, cut costs.", ("owns", "Almara", "Brixo", "active")),
    ("Almara's self-driving Brixo unit lost money.", ("owns", "Almara", "Brixo", "active")),
    ("Brixo keeps both plants and is now a wholly owned Almara subsidiary.", ("owns", "Almara", "Brixo", "active")),
    ("Brixo, an Almara unit, opened a plant.", ("owns", "Almara", "Brixo", "active")),
    # a sale's own words outrank the unit noun: once sold, the tie is over
    ("Almara sold its Brixo unit to Kestrel.", ("owns", "Almara", "Brixo", "ended")),
])
def test_named_unit(sentence, expected):
    assert expected in _t(sentence, NAMES, "en")


@pytest.mark.parametrize("sentence", [
    "Almara makes one Brixo unit per hour.",
    "Kestrel said the Brixo unit would close.",
])
def test_named_unit_near_misses(sentence):
    assert not [r for r in _t(sentence, NAMES, "en") if r[0] == "owns"]


def test_relative_shareholder_of_the_marked_name():
    # "che di Brixo è il primo azionista": the relative's head holds the stake in the name after "di"
    got = _t("Almara, la holding di famiglia che di Brixo è il primo azionista, aderirà all'offerta.", NAMES, "it")
    assert [(t, s, d) for t, s, d, _ in got] == [("invests_in", "Almara", "Brixo")]


# --- funding rounds: every investor named, the round's company the target ----------------------------

INVESTORS = [("invests_in", n, "Brixo") for n in ("Almara", "Kestrel", "Orvale")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo raised $300 million in a round led by Almara, with participation from Kestrel and Orvale."),
    ("en", "Brixo closed a $1.2 billion round which included Almara, Kestrel and Orvale."),
    ("es", "Brixo ha cerrado una ronda de financiación de 90 millones de euros en la que han participado Almara, Kestrel y Orvale."),
    ("es", "Brixo cerró una ronda liderada por Almara, con la participación de Kestrel y Orvale."),
    ("it", "Brixo ha chiuso un round da 80 milioni guidato da Almara, con la partecipazione di Kestrel e Orvale."),
    ("it", "Brixo ha chiuso un aumento di capitale da 50 milioni a cui hanno partecipato Almara, Kestrel e Orvale."),
    ("fr", "Brixo a bouclé une levée de fonds menée par Almara, aux côtés de Kestrel et Orvale."),
    ("fr", "Brixo a réalisé un tour de table de 40 millions d'euros auquel ont participé Almara, Kestrel et Orvale."),
])
def test_round_investors(lang, sentence):
    got = [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)]
    assert sorted(got) == INVESTORS, got


@pytest.mark.parametrize("lang,sentence", [
    # a partner named later in the sentence is no co-investor
    ("en", "Brixo raised $100 million in a funding round led by Almara to build a plant with Kestrel."),
    # "with the participation of" is no stake in the name after it
    ("it", "Brixo presenta il progetto con la partecipazione di Kestrel."),
    ("es", "Brixo presentó el proyecto con la participación de Kestrel."),
    # a meeting attended by companies is no round
    ("es", "Brixo organizó una reunión en la que han participado Kestrel y Orvale."),
])
def test_round_near_misses(lang, sentence):
    got = [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)]
    assert not [r for r in got if r[0] == "invests_in" and r[1] in ("Kestrel", "Orvale", "Brixo")], got


def test_possessive_unit_after_a_preposition_is_the_subjects():
    got = _t("Almara runs its airline along with its subsidiaries Brixo and Kestrel.", NAMES, "en")
    assert {(s, d) for t, s, d, _ in got if t == "owns"} == {("Almara", "Brixo"), ("Almara", "Kestrel")}


# --- control taken, sales named by a noun, stakes raised to a figure, changes of hands ---------------

@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Almara will take full control of Brixo next year.", ("acquires", "Almara", "Brixo")),
    ("en", "Almara gained control of Brixo in 2016.", ("acquires", "Almara", "Brixo")),
    ("es", "Almara se ha hecho con el 100% de Brixo.", ("acquires", "Almara", "Brixo")),
    ("en", "Vostra completed the sale of Brixo to Almara.", ("acquires", "Almara", "Brixo")),
    ("it", "Almara è salita al 25% di Brixo.", ("invests_in", "Almara", "Brixo")),
    ("it", "Almara sale al 51% del capitale di Brixo.", ("acquires", "Almara", "Brixo")),
    ("fr", "Almara est monté à 30 % du capital de Brixo.", ("invests_in", "Almara", "Brixo")),
    ("es", "Almara subió su participación al 20% en Brixo.", ("invests_in", "Almara", "Brixo")),
    ("en", "Brixo passed into the hands of Almara in 2019.", ("acquires", "Almara", "Brixo")),
    ("fr", "Brixo est passé sous le contrôle d'Almara.", ("acquires", "Almara", "Brixo")),
    ("es", "Brixo pasó a manos de Almara en 2019.", ("acquires", "Almara", "Brixo")),
    ("it", "Brixo è passata sotto il controllo di Almara.", ("acquires", "Almara", "Brixo")),
    ("en", "Almara, Brixo's parent company, reported results.", ("owns", "Almara", "Brixo")),
])
def test_control_sale_and_change_of_hands(lang, sentence, expected):
    got = [(t, s, d) for t, s, d, _ in _t(sentence, NAMES, lang)]
    assert expected in got
    assert not [r for r in got if r[1] == "Brixo" and r[0] != "supplies"], got


def test_explicit_share_outranks_majority_words():
    got = _t("Almara offloaded its remaining 10% stake in Brixo.", NAMES, "en")
    assert got == [("invests_in", "Almara", "Brixo", "ended")]


def test_french_control_noun_is_no_verb():
    got = _t("Brixo a tenté d'arracher le contrôle de la filière à Almara.", NAMES, "fr")
    assert not [r for r in got if r[0] == "owns"]


# --- money into a plant is no stake in its owner; a relative's antecedent is acted upon -------------

@pytest.mark.parametrize("lang,sentence", [
    ("es", "Almara invertirá 300 millones en la planta de Brixo."),
    ("it", "Almara ha investito 2 miliardi nello stabilimento di Brixo."),
    ("de", "Almara investiert zwei Milliarden in das Werk von Brixo."),
    ("en", "Almara will invest $1 billion in the plant of Brixo."),
])
def test_investment_in_a_plant_is_no_stake(lang, sentence):
    assert not [r for r in _t(sentence, NAMES, lang) if r[0] in ("invests_in", "acquires", "owns")]


def test_passive_agent_acts_on_the_relative_antecedent():
    got = _t("Brixo was bought by Almara, which was later acquired by Kestrel.", NAMES, "en")
    assert {(t, s, d) for t, s, d, _ in got} == {("acquires", "Almara", "Brixo"), ("acquires", "Kestrel", "Almara")}


# --- relative stakes with a bare figure; co-investors after "with"; investors included ---------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, in which Almara holds 20%, makes seats."),
    ("es", "Brixo, en la que Almara tiene el 20%, fabrica asientos."),
    ("it", "Brixo, di cui Almara detiene il 20%, produce sedili."),
    ("fr", "Brixo, dans laquelle Almara détient 20 %, produit des sièges."),
    ("de", "An Brixo ist Almara mit 20 Prozent beteiligt."),
])
def test_stake_figure_in_a_relative_or_fronted(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("invests_in", "Almara", "Brixo", "active")]


def test_led_by_with_co_investors():
    got = _t("Brixo raised $50 million in a round led by Almara with Kestrel and Orvale.", NAMES, "en")
    assert sorted((t, s, d) for t, s, d, _ in got) == INVESTORS


@pytest.mark.parametrize("sentence,expected", [
    ("Brixo's investors include Almara and Kestrel.", {("Almara", "Brixo"), ("Kestrel", "Brixo")}),
    # no possessor: whose investors is not said
    ("Investors in the round included Almara and Kestrel.", set()),
    # "investors" with no verb of inclusion names no stake
    ("Almara told investors that Brixo would grow.", set()),
])
def test_investors_include(sentence, expected):
    assert {(s, d) for t, s, d, _ in _t(sentence, NAMES, "en") if t == "invests_in"} == expected


# --- German: owned by a name, passive control, membership is no parent ---------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Brixo gehört mehrheitlich Almara.", [("owns", "Almara", "Brixo", "active")]),
    ("Brixo wird von Almara kontrolliert.", [("owns", "Almara", "Brixo", "active")]),
    ("Zu den Geldgebern von Brixo gehört der Autokonzern Almara.", []),
])
def test_german_owner_constructions(sentence, expected):
    assert [r for r in _t(sentence, NAMES, "de") if r[0] == "owns"] == expected


@pytest.mark.parametrize("lang,sentence", [
    ("it", "La controllata di Almara, Brixo, apre uno stabilimento."),
    ("es", "La filial de Almara, Brixo, abre una planta."),
])
def test_unit_named_after_its_parent(lang, sentence):
    assert _t(sentence, NAMES, lang) == [("owns", "Almara", "Brixo", "active")]


# --- statuses of ownership ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence,expected", [
    # an end cue elsewhere in the sentence is not the tie's ("production scrap" is no scrapping)
    ("en", "Almara also controls the recycler Brixo, whose plants recover metals from production scrap.", ("owns", "Almara", "Brixo", "active")),
    ("en", "Almara owns Brixo, while Kestrel cancelled its plans for a plant.", ("owns", "Almara", "Brixo", "active")),
    ("en", "Almara no longer owns Brixo.", ("owns", "Almara", "Brixo", "ended")),
    # a denied sale leaves the seller owning
    ("fr", "Almara a démenti vouloir céder sa participation majoritaire dans Brixo.", ("owns", "Almara", "Brixo", "active")),
    ("en", "Almara denied it would sell Brixo to Kestrel.", ("owns", "Almara", "Brixo", "active")),
    # German: a denial with the report between "weist" and "zurück"; a former stake
    ("de", "Brixo weist Bericht über Übernahme durch Almara zurück.", ("acquires", "Almara", "Brixo", "denied")),
    ("de", "An Brixo war Almara früher selbst beteiligt.", ("invests_in", "Almara", "Brixo", "ended")),
])
def test_ownership_statuses(lang, sentence, expected):
    assert expected in _t(sentence, NAMES, lang)


def test_next_sentence_denial_leaves_a_standing_tie():
    got = _t(["Ein Portal berichtete, die Almara-Tochter Brixo solle Kestrel beliefern. Wir haben mit Brixo keinen Vertrag."], NAMES, "de")
    assert ("owns", "Almara", "Brixo", "active") in got


# --- a description that took in the trigger's preposition ("dal gruppo") ------------------------------

@pytest.mark.parametrize("lang,sentence,coref", [
    ("it", "Kestrel punta su Brixo, la società interamente controllata dal gruppo, che produce assali.", {"dal gruppo": "Almara"}),
    ("es", "Kestrel trabaja con Brixo, la empresa controlada por el grupo, que fabrica ejes.", {"por el grupo": "Almara"}),
    ("fr", "Kestrel travaille avec Brixo, la société détenue par le groupe, qui produit des essieux.", {"par le groupe": "Almara"}),
])
def test_trigger_cut_before_a_description(lang, sentence, coref):
    assert ("owns", "Almara", "Brixo", "active") in _t(sentence, NAMES, lang, coref=coref)


def test_participle_describes_the_name_before_its_of_complement():
    # "di Almara" complements "la società"; "controllata" describes Brixo, here taken to be its own parent
    got = _t("Brixo, la società di Almara dedicata ai bus, controllata al 100% dal gruppo elettrico, apre.", NAMES, "it",
             coref={"la società": "Brixo", "dal gruppo": "Brixo"})
    assert not [r for r in got if r[0] == "owns"], got


# --- a company set up by one company ------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Kestrel will buy cells from Brixo, the battery company set up by Almara, after its contract ended."),
    ("it", "Brixo, la società costituita nel 2021 da Almara, produce celle."),
    ("fr", "Brixo, la société constituée en 2021 par Almara, produit des cellules."),
    ("es", "Brixo, la sociedad constituida por Almara, fabrica celdas."),
])
def test_set_up_by_one_company(lang, sentence):
    assert ("owns", "Almara", "Brixo", "active") in _t(sentence, NAMES, lang)


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, set up by former Almara engineers, raised money."),
    ("en", "Brixo, set up in 2019 by Almara and Kestrel, makes cells."),
    ("en", "Brixo, founded by Almara, makes cells."),  # "founded by" mostly names people: not read
])
def test_set_up_by_near_misses(lang, sentence):
    assert not [r for r in _t(sentence, NAMES, lang) if r[0] == "owns"]


# --- the other side of talks or an agreement on a sale is its buyer -----------------------------------

@pytest.mark.parametrize("lang,sentence,status", [
    ("de", "Der Zulieferer Almara hat sich mit dem Finanzinvestor Kestrel auf den Verkauf seiner Tochter Brixo geeinigt.", "announced"),
    ("it", "Almara ha confermato di essere in trattativa con Kestrel per la cessione della quota di maggioranza di Brixo.", "in_talks"),
    ("en", "Almara is in talks with Kestrel about the sale of Brixo.", "in_talks"),
    ("fr", "Almara a signé un accord avec Kestrel pour la cession de Brixo.", "announced"),
])
def test_sale_agreed_with_the_buyer(lang, sentence, status):
    got = _t(sentence, NAMES, lang)
    assert ("acquires", "Kestrel", "Brixo", status) in got
    assert ("owns", "Almara", "Brixo", "active") in got


def test_deal_with_a_partner_to_sell_goods_is_no_sale_of_a_company():
    got = _t("Almara signed a deal with Kestrel to sell cells to Brixo.", NAMES, "en")
    assert not [r for r in got if r[0] in ("acquires", "owns")]


# --- near misses: market shares, clause openers, names that modify a noun, memberships -----------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara gained control of the market after Brixo exited."),
    ("en", "The sale of Almara cars to Brixo dealers rose."),
    ("en", "Almara bought Brixo shares worth $3 million."),
    ("en", "Almara controls 30% of the market, ahead of Brixo."),
    ("fr", "Almara détient 20 % du marché, devant Brixo."),
    ("de", "Almara hält 20 Prozent Marktanteil, vor Brixo."),
    ("de", "Almara gehört zu den Kunden von Brixo."),
    ("it", "Almara ha una quota di mercato del 20%, davanti a Brixo."),
])
def test_ownership_words_without_ownership(lang, sentence):
    assert not [r for r in _t(sentence, NAMES, lang) if r[0] in ("owns", "acquires", "invests_in")]


def test_share_price_moves_are_no_sale():
    got = _t("A Sydney Vostra ha chiuso in rialzo del 6,4%, mentre Kestrel ha ceduto l'1,1% e Brixo è rimasta invariata; "
             "a New York Almara guadagnava lo 0,5%.", NAMES, "it")
    assert not [r for r in got if r[0] in ("owns", "acquires", "invests_in")], got


# the wire-copy compound "X parent Y": Y owns X (only the name right before the noun)
@pytest.mark.parametrize("text,expected,absent", [
    ("Shares of Corvalis rose, while Tessaro parent Norvik traded flat.", ("owns", "Norvik", "Tessaro"), None),
    ("Shares of Corvalis rose, while Almara and Tessaro parent Norvik traded flat.", ("owns", "Norvik", "Tessaro"), ("owns", "Norvik", "Almara")),
    ("Tessaro parent company Norvik reported a loss.", ("owns", "Norvik", "Tessaro"), None),
])
def test_parent_compound(text, expected, absent):
    from tierscope.relations import RelationExtractor as _RX
    from .helpers import make_doc as _md
    got = {(r.type, r.source, r.target) for r in _RX()(_md(text, ["Norvik", "Tessaro", "Almara", "Corvalis"], language="en")).relations}
    assert expected in got and (absent is None or absent not in got), got


@pytest.mark.parametrize("lang, sentence", [
    # a unit called former ("ex", "ancienne", "antigua", "former") was owned and is no more
    ("it", "Kestrel ha firmato con Brixo, ex controllata di Nordia."),
    ("fr", "Kestrel a signé avec Brixo, ancienne filiale de Nordia."),
    ("es", "Kestrel firmó con Brixo, antigua filial de Nordia."),
    ("en", "Kestrel signed a deal with Brixo, a former subsidiary of Nordia."),
])
def test_former_unit_has_ended(lang, sentence):
    got = [(r.type, r.source, r.target, r.status) for r in rels(sentence, ["Kestrel", "Brixo", "Nordia"], language=lang) if r.type == "owns"]
    assert got == [("owns", "Nordia", "Brixo", "ended")]


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Kestrel ha firmato con Brixo, controllata di Nordia."),
    ("fr", "Kestrel a signé avec Brixo, filiale de Nordia."),
    ("es", "Kestrel firmó con Brixo, filial de Nordia."),
])
def test_unit_without_former_is_owned(lang, sentence):
    got = [(r.type, r.source, r.target, r.status) for r in rels(sentence, ["Kestrel", "Brixo", "Nordia"], language=lang) if r.type == "owns"]
    assert got == [("owns", "Nordia", "Brixo", "active")]
