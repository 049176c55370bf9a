"""General constructions, one row per language where the construction exists, on sentences written
for these tests with made-up companies: appositions and bare commas, relative clauses, nominal supply
with tiers, divestments, German passives and compounds, coordination with articles, and the status
rules (stakes held, possessed ventures, completed deals, ended speculation, clause scope)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

CELL = ["battery_cells"]
CAR = ["carmaker"]


def _t(sentence, companies, lang, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang, **kw))]


# --- appositions: a bare comma is no list --------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Brixo, Almara's battery subsidiary, opened an office."),
    ("en", "The plant is run by Brixo, Almara's electric-vehicle subsidiary."),
    ("fr", "Les moteurs sont produits par Brixo, la filiale de Almara dédiée aux utilitaires."),
    ("de", "Brixo, die Batterietochter der Almara, eröffnet ein Büro."),
    ("it", "Brixo, la controllata di Almara, apre un ufficio."),
    ("es", "Brixo, la filial de Almara, abre una oficina."),
])
def test_apposition_subsidiary(lang, sentence):
    assert _t(sentence, ["Brixo", "Almara"], lang) == [("owns", "Almara", "Brixo", "active")]


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Motors are built by Orvale, Almara's joint venture with Kestrel Holding.", ("Almara", "Kestrel Holding")),
    ("en", "Almara already runs Orvale, its joint venture with Kestrel, in Texas.", ("Almara", "Kestrel")),
])
def test_possessive_joint_venture_is_between_owner_and_partner(lang, sentence, expected):
    got = _t(sentence, ["Orvale", "Almara", "Kestrel Holding", "Kestrel"], lang)
    assert got == [("joint_venture", *sorted(expected), "active")]


def test_bare_comma_list_still_a_list_when_closed():
    got = _t("Vostra will supply cells to Almara, Brixo and Kestrel from 2027.", ["Vostra", "Almara", "Brixo", "Kestrel"], "en")
    assert {(s, d) for _, s, d, _ in got} == {("Vostra", "Almara"), ("Vostra", "Brixo"), ("Vostra", "Kestrel")}


@pytest.mark.parametrize("lang,sentence", [
    ("de", "Almara und die Kestrel halten an ihrem Gemeinschaftsunternehmen fest."),
    ("en", "Almara and the Kestrel group formed a joint venture."),
])
def test_coordination_with_article(lang, sentence):
    got = _t(sentence, ["Almara", "Kestrel"], lang)
    assert [(t, s, d) for t, s, d, _ in got] == [("joint_venture", "Almara", "Kestrel")]


# --- relative clauses ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence,typ", [
    ("en", "The deal is the largest since Orvale, which Almara acquired in 2022.", "acquires"),
    ("it", "È la più grande operazione dai tempi di Orvale, il fornitore di cui Almara ha acquisito il controllo.", "acquires"),
    ("fr", "Orvale, dont le groupe Almara détient environ 20 % du capital, produit à Poitiers.", "invests_in"),
    ("es", "El grupo comprará Orvale, que Almara adquirió en 2018.", "acquires"),
    ("de", "Orvale, an dem Almara knapp 20 Prozent der Anteile hält, verlor Kunden.", "invests_in"),
])
def test_relative_clause_actor_acts_on_the_head(lang, sentence, typ):
    got = _t(sentence, ["Orvale", "Almara"], lang)
    assert [(t, s, d) for t, s, d, _ in got] == [(typ, "Almara", "Orvale")]


def test_subject_relative_is_not_reversed():
    # "Almara, which acquired Orvale": the relative's verb comes before the company
    got = _t("Almara, which acquired Orvale last year, hired staff.", ["Almara", "Orvale"], "en")
    assert [(t, s, d) for t, s, d, _ in got] == [("acquires", "Almara", "Orvale")]


def test_german_die_relative_is_ambiguous_and_not_read_as_object():
    got = _t("Orvale, die Almara 2020 übernommen hat, wächst.", ["Orvale", "Almara"], "de")
    assert ("acquires", "Almara", "Orvale") not in [(t, s, d) for t, s, d, _ in got]


# --- nominal supply: direction from "to"/"from" or the chain tier, never a guess -----------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara is in talks with Vostra for the supply of battery cells."),
    ("it", "Almara ha confermato di essere in trattativa con Vostra per la fornitura di batterie."),
    ("fr", "Almara est en discussions avec Vostra pour la fourniture de cellules."),
])
def test_nominal_supply_direction_from_tiers(lang, sentence):
    sectors = {"Almara": CAR, "Vostra": CELL}
    got = _t(sentence, ["Almara", "Vostra"], lang, sectors=sectors)
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Vostra", "Almara")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara is in talks with Vostra for the supply of battery cells."),
    ("it", "Almara è in trattativa con Vostra per la fornitura di batterie."),
])
def test_nominal_supply_without_direction_reads_nothing(lang, sentence):
    assert _t(sentence, ["Almara", "Vostra"], lang) == []


def test_nominal_supply_with_recipient():
    got = _t("Vostra confirmed the delivery of 500 trucks to Almara.", ["Vostra", "Almara"], "en")
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Vostra", "Almara")]


# --- divestments are not supplies ------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara to sell battery materials unit to Kestrel"),
    ("it", "Almara vende la controllata delle batterie a Kestrel."),
    ("fr", "Almara vend sa filiale de batteries à Kestrel."),
    ("es", "Almara vende su filial de baterías a Kestrel."),
])
def test_selling_a_unit_is_not_supplying(lang, sentence):
    got = _t(sentence, ["Almara", "Kestrel"], lang)
    assert all(t != "supplies" for t, *_ in got), got


def test_italian_da_after_a_named_target_is_the_seller():
    got = _t("Almara ha acquisito il 25 per cento di Orvale da Kestrel.", ["Almara", "Orvale", "Kestrel"], "it")
    pairs = [(s, d) for _, s, d, _ in got]
    assert ("Almara", "Orvale") in pairs and ("Kestrel", "Almara") not in pairs


# --- German: passive with both parties before the participle, compounds, beteiligt -----------------

def test_german_passive_von_an_geliefert():
    got = _t("Die Zellen werden von Vostra an Almara, Brixo und Kestrel geliefert.", ["Vostra", "Almara", "Brixo", "Kestrel"], "de")
    assert {(t, s, d) for t, s, d, _ in got} == {("supplies", "Vostra", n) for n in ("Almara", "Brixo", "Kestrel")}


def test_german_hyphen_compound_is_not_the_party():
    got = _t("Der Autobauer Almara bezieht von der Vostra-Tochter bereits Zellen.", ["Almara", "Vostra"], "de")
    assert got == []


def test_german_beteiligt_is_an_active_stake():
    got = _t("Almara ist seit 2020 mit rund 25 Prozent an Orvale beteiligt.", ["Almara", "Orvale"], "de")
    assert got == [("invests_in", "Almara", "Orvale", "active")]


# --- status ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Almara, which holds about 21% of Orvale, said nothing."),
    ("fr", "Almara détient 15 % du capital de Orvale."),
])
def test_stake_held_is_active(lang, sentence):
    got = _t(sentence, ["Almara", "Orvale"], lang)
    assert [(t, st) for t, _, _, st in got] == [("invests_in", "active")]


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Almara will source cells from Vostra, the carmaker confirmed, ending months of speculation.", "announced"),
    ("en", "Almara will source cells from Vostra, people familiar with the matter said.", "rumoured"),
    ("fr", "L'opération aurait été compliquée : Orvale est contrôlé par Almara depuis 2010.", "active"),
    ("de", "Vostra soll ab 2026 Zellen an Almara liefern.", "announced"),
    ("de", "Vostra soll Zellen an Almara liefern, heißt es.", "rumoured"),
])
def test_status_cues_scoped(lang, sentence, expected):
    got = _t(sentence, ["Almara", "Vostra", "Orvale"], lang)
    assert [st for *_, st in got] == [expected], got


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Almara has completed the acquisition of Orvale.", "active"),
    ("de", "Almara hat die Übernahme der Mehrheit an Orvale abgeschlossen.", "active"),
    ("it", "Almara ha perfezionato l'acquisizione di Orvale.", "active"),
    ("en", "Almara agreed to acquire Orvale.", "announced"),
])
def test_completed_deal_is_active(lang, sentence, expected):
    got = _t(sentence, ["Almara", "Orvale"], lang)
    assert [(t, s, d, st) for t, s, d, st in got] == [("acquires", "Almara", "Orvale", expected)]


def test_owned_unit_stays_active_while_its_sale_is_negotiated():
    got = _t("Almara is in talks to sell its unit Orvale to Kestrel.", ["Almara", "Orvale", "Kestrel"], "en")
    owns = [(s, d, st) for t, s, d, st in got if t == "owns"]
    assert owns == [("Almara", "Orvale", "active")]
