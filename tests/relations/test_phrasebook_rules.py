"""The rules the phrasebook (test_phrasebook_en_de_fr.py) showed missing, each on variants written
for this file with made-up companies: lists placed among the role of the company before ("Corvalis
and Tessaro are among its customers"), a joint venture's founders as the agent of its founding, deals
given up, a nationality before a unit noun, a pair named partners, goods used from a supplier, French
partnership verbs in the present."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Norvik", "Corvalis", "Tessaro", "Velquor"]


def _t(text, language="en", names=_NAMES):
    return {(r.type, r.source, r.target, r.status) for r in rels(text, names, language=language)}


def _pairs(text, language="en", names=_NAMES):
    return {(t, s, d) for t, s, d, _ in _t(text, language, names)}


# --- a list that opens the sentence, placed among the role of the company before ----------------------

@pytest.mark.parametrize("language,text,expected", [
    ("en", "Norvik makes inverters in Ohio. Corvalis and Tessaro are among its customers.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("en", "Norvik makes inverters in Ohio. Corvalis is one of its largest customers.", {("supplies", "Norvik", "Corvalis")}),
    ("en", "Norvik makes inverters in Ohio. Corvalis and Tessaro count among its customers.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("en", "Norvik raised money last year. Corvalis is its largest shareholder.", {("invests_in", "Corvalis", "Norvik")}),
    ("en", "Norvik buys nickel abroad. Corvalis and Tessaro are among its suppliers.",
     {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")}),
    ("de", "Norvik fertigt Wechselrichter in Ulm. Corvalis und Tessaro zählen zu seinen Kunden.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("de", "Norvik fertigt Wechselrichter in Ulm. Auch Corvalis gehört zu den wichtigsten Abnehmern.", {("supplies", "Norvik", "Corvalis")}),
    ("de", "Norvik fertigt Wechselrichter in Ulm. Zu den Kunden zählen Corvalis und Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("de", "Norvik baut Zellen in Schweden. Größter Aktionär ist Corvalis.", {("invests_in", "Corvalis", "Norvik")}),
    ("de", "Norvik baut Zellen in Schweden. Zu den Lieferanten gehört Corvalis.", {("supplies", "Corvalis", "Norvik")}),
    ("fr", "Norvik fabrique des onduleurs à Lyon. Corvalis et Tessaro font partie de ses clients.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("fr", "Norvik fabrique des onduleurs à Lyon. Corvalis et Tessaro comptent parmi ses principaux clients.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("fr", "Norvik fabrique des onduleurs à Lyon. Corvalis est l'un de ses clients.", {("supplies", "Norvik", "Corvalis")}),
    ("fr", "Norvik fabrique des cellules en Suède. Son premier actionnaire est Corvalis.", {("invests_in", "Corvalis", "Norvik")}),
])
def test_list_placed_among_the_role_of_the_company_before(language, text, expected):
    assert _pairs(text, language) >= expected


@pytest.mark.parametrize("language,text", [
    # two companies before: whose customers?
    ("en", "Norvik and Velquor opened plants. Corvalis and Tessaro are among its customers."),
    ("de", "Norvik und Velquor haben Werke eröffnet. Corvalis und Tessaro gehören zu den Kunden."),
    ("fr", "Norvik et Velquor ont ouvert des usines. Corvalis et Tessaro font partie de ses clients."),
    # the role's owner is named in the sentence itself
    ("de", "Norvik fertigt Wechselrichter. Zu den Kunden von Velquor zählen Corvalis und Tessaro."),
])
def test_no_list_owner_when_it_is_unclear(language, text):
    got = _pairs(text, language)
    assert not {(s, d) for _, s, d in got} & {("Norvik", "Corvalis"), ("Norvik", "Tessaro"), ("Velquor", "Corvalis")} - (
        {("Velquor", "Corvalis")} if "von Velquor" in text else set())


def test_one_list_after_the_possessive():
    # a company named later in the sentence, after a clause, is not on the list
    got = _pairs("Norvik makes cathodes. Its largest customer is Corvalis, to which it has sold powder since 2019, "
                 "according to Tessaro.")
    assert ("supplies", "Norvik", "Corvalis") in got
    assert ("supplies", "Norvik", "Tessaro") not in got


def test_list_with_a_description_before_the_last_member():
    got = _pairs("Norvik kauft Wafer bei mehreren Lieferanten. Dazu zählen Corvalis sowie die chinesischen Anbieter "
                 "Tessaro und Velquor.", "de")
    assert got >= {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik"), ("supplies", "Velquor", "Norvik")}


# --- a joint venture's founders as the agent of its founding -----------------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "The joint venture formed by Norvik and Corvalis builds cell plants."),
    ("en", "Tessaro, the joint venture set up by Norvik and Corvalis, builds cell plants."),
    ("en", "Tessaro, a joint venture created in 2021 by Norvik and Corvalis, builds cell plants."),
    ("fr", "La coentreprise formée par Norvik et Corvalis construit des usines."),
    ("fr", "Tessaro, la coentreprise créée par Norvik et Corvalis, construit des usines."),
    ("de", "Das Gemeinschaftsunternehmen, gegründet von Norvik und Corvalis, baut Werke."),
])
def test_joint_venture_founders_after_by(language, text):
    assert ("joint_venture", "Corvalis", "Norvik") in _pairs(text, language)


def test_one_founder_names_no_joint_venture():
    got = _pairs("The joint venture set up by Norvik builds plants.")
    assert not any(t == "joint_venture" for t, _, _ in got)


# --- deals given up ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Norvik abandoned its plan to buy Corvalis."),
    ("en", "Norvik dropped its bid for Corvalis."),
    ("en", "Norvik called off its takeover of Corvalis."),
    ("de", "Norvik hat die Übernahme von Corvalis abgesagt."),
    ("de", "Norvik sagte die Übernahme von Corvalis ab."),
    ("de", "Norvik hat die Übernahme von Corvalis abgeblasen."),
    ("fr", "Norvik a renoncé au rachat de Corvalis."),
    ("fr", "Norvik renonce à racheter Corvalis."),
])
def test_deal_given_up_is_ended(language, text):
    assert ("acquires", "Norvik", "Corvalis", "ended") in _t(text, language)


def test_said_then_from_a_year_is_no_cancellation():
    # "sagte ... ab 2026": "ab" is a preposition of time there, not the particle of "absagen"
    got = _t("Norvik sagte, Corvalis werde ab 2026 an Tessaro liefern.", "de")
    assert not any(st == "ended" for *_, st in got)


@pytest.mark.parametrize("text", [
    "Norvik's bid for Corvalis was rejected.",
    "Norvik's $2 billion offer for Corvalis was accepted.",
    "Norvik's improved offer for Corvalis was rejected.",
])
def test_possessive_bid(text):
    assert ("acquires", "Norvik", "Corvalis") in _pairs(text)


# --- English: a nationality before a unit noun; a pair named partners; goods used from a supplier -----

@pytest.mark.parametrize("text", [
    "Norvik's Swedish unit Corvalis reported higher sales.",
    "Norvik's Czech division Corvalis sold more cars.",  # (a brand is no company: test_owner_parties.py)
    "Norvik's German subsidiary Corvalis opened a plant.",
])
def test_nationality_before_unit_noun(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _t(text)


@pytest.mark.parametrize("text", [
    "Norvik and Corvalis are partners in hydrogen fuel cells.",
    "Norvik and Corvalis have been partners since 2011.",
    "Norvik and Corvalis are long-time partners.",
])
def test_pair_named_partners(text):
    assert ("partners_with", "Corvalis", "Norvik", "active") in _t(text)


def test_partners_of_a_third_is_not_a_pair():
    assert ("partners_with", "Corvalis", "Norvik") not in _pairs("Norvik and Corvalis are partners of Tessaro.")


@pytest.mark.parametrize("text,status", [
    ("Norvik is a shareholder in Corvalis.", "active"),
    ("Norvik is among the investors in Corvalis.", "active"),
    ("Norvik will become a shareholder in Corvalis.", "announced"),
])
def test_shareholder_by_copula(text, status):
    assert ("invests_in", "Norvik", "Corvalis", status) in _t(text)


def test_an_alliance_they_have_stands():
    assert ("partners_with", "Corvalis", "Norvik", "active") in _t("Norvik and Corvalis have an alliance covering vans.")


@pytest.mark.parametrize("text", [
    "Corvalis uses cells from Norvik.",
    "Corvalis uses battery cells supplied by Norvik.",
    "Corvalis has used cells from Norvik since 2019.",
])
def test_goods_used_from_a_supplier(text):
    assert ("supplies", "Norvik", "Corvalis") in _pairs(text)


@pytest.mark.parametrize("text", [
    # "used" as an adjective, and a use that is no purchase
    "Norvik and Corvalis recycle used batteries from Tessaro dealers.",
    "Corvalis used data from Norvik to train its software.",
])
def test_used_that_buys_nothing(text):
    assert not any(t == "supplies" for t, _, _ in _pairs(text))


# --- French: partnership verbs in the present are a standing tie --------------------------------------

@pytest.mark.parametrize("text,status", [
    ("Norvik travaille avec Corvalis depuis 2021.", "active"),
    ("Norvik coopère avec Corvalis sur les logiciels.", "active"),
    ("Norvik collabore avec Corvalis sur la conduite automatisée.", "active"),
    ("Norvik va collaborer avec Corvalis.", "announced"),
    ("Norvik travaillera avec Corvalis.", "announced"),
])
def test_french_partnership_verbs(text, status):
    assert ("partners_with", "Corvalis", "Norvik", status) in _t(text, "fr")


# --- German: a verb that ends its clause has its object before it -------------------------------------

@pytest.mark.parametrize("text", [
    "Norvik wird Corvalis ab 2026 mit Zellen beliefern, wie das Unternehmen mitteilte.",
    "Norvik wird Corvalis beliefern, wie das Unternehmen am Montag mitteilte.",
])
def test_german_object_before_the_final_verb_not_the_speaker_after(text):
    got = {(r.type, r.source, r.target) for r in rels(text, ["Norvik", "Corvalis"], language="de", coref={"das Unternehmen": "Norvik"})}
    assert ("supplies", "Norvik", "Corvalis") in got
    assert ("supplies", "Corvalis", "Norvik") not in got


def test_german_speaker_after_the_final_verb_is_the_customer_when_no_object():
    assert ("supplies", "Norvik", "Corvalis") in _pairs("Norvik soll ab 2026 Zellen liefern, wie Corvalis mitteilte.", "de")


# --- stakes given up and taken: German "aussteigen bei", "sich an Y zu beteiligen"; French "se désengager de"

@pytest.mark.parametrize("language,text", [
    ("de", "Norvik ist bei Corvalis ausgestiegen."),
    ("de", "Norvik steigt bei Corvalis aus."),
    ("de", "Norvik stieg 2023 bei Corvalis aus."),
    ("fr", "Norvik s'est désengagé de Corvalis."),
    ("fr", "Norvik se désengage du capital de Corvalis."),
])
def test_stake_given_up(language, text):
    assert ("invests_in", "Norvik", "Corvalis", "ended") in _t(text, language)


def test_stake_taken_with_an_infinitive():
    assert ("invests_in", "Norvik", "Corvalis", "announced") in _t("Norvik kündigte an, sich an Corvalis zu beteiligen.", "de")


def test_german_entry_is_not_an_exit():
    assert ("invests_in", "Norvik", "Corvalis", "ended") not in _t("Norvik steigt bei Corvalis ein.", "de")


@pytest.mark.parametrize("text", [
    "Corvalis ne s'approvisionne plus auprès de Norvik.",
    "Corvalis n'achète plus de cellules à Norvik.",
])
def test_french_reflexive_no_longer_is_ended(text):
    got = _t(text, "fr")
    assert ("supplies", "Norvik", "Corvalis", "ended") in got


# --- a stake sold later than it was taken; a sale and a purchase in two clauses ----------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Norvik, which took a stake in Corvalis in 2022, sold its stake last year."),
    ("en", "Norvik, which had invested in Corvalis in 2022, sold its shares last year."),
    ("de", "Norvik, das 2022 bei Corvalis eingestiegen war, hat seine Beteiligung im vergangenen Jahr verkauft."),
    ("de", "Norvik, das 2022 bei Corvalis eingestiegen war, verkaufte seine Anteile im vergangenen Jahr."),
    ("fr", "Norvik, qui était entré au capital de Corvalis en 2022, a cédé sa participation l'an dernier."),
    ("fr", "Norvik, qui avait pris 5 % de Corvalis en 2022, a vendu ses parts l'an dernier."),
])
def test_stake_sold_after_it_was_taken(language, text):
    assert ("invests_in", "Norvik", "Corvalis", "ended") in _t(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik sold its stake in Corvalis and took a stake in Tessaro."),
    ("fr", "Norvik a cédé sa participation dans Corvalis et a pris une participation dans Tessaro."),
    ("de", "Norvik verkaufte seine Anteile an Corvalis und stieg bei Tessaro ein."),
])
def test_sale_then_purchase_in_two_clauses(language, text):
    got = _t(text, language)
    assert ("invests_in", "Norvik", "Corvalis", "ended") in got
    assert ("invests_in", "Norvik", "Tessaro", "ended") not in got
    assert any((t, s, d) == ("invests_in", "Norvik", "Tessaro") for t, s, d, _ in got)
    assert not any(s == "Corvalis" and d == "Tessaro" for _, s, d, _ in got)


def test_stakes_in_a_list():
    got = _t("Norvik sold its stakes in Corvalis and Tessaro.")
    assert {("invests_in", "Norvik", "Corvalis", "ended"), ("invests_in", "Norvik", "Tessaro", "ended")} <= got


# --- a fraction held: a third is a stake, two thirds control --------------------------------------------

@pytest.mark.parametrize("language,text,typ", [
    ("en", "Norvik owns about a third of Corvalis.", "invests_in"),
    ("en", "Norvik holds a quarter of Corvalis.", "invests_in"),
    ("en", "Norvik owns two-thirds of Corvalis.", "owns"),
    ("de", "Norvik hält rund ein Drittel an Corvalis.", "invests_in"),
    ("de", "Norvik hält die Hälfte an Corvalis.", "invests_in"),
    ("de", "Norvik hält zwei Drittel an Corvalis.", "owns"),
    ("fr", "Norvik détient environ un tiers de Corvalis.", "invests_in"),
    ("fr", "Norvik détient la moitié de Corvalis.", "invests_in"),
    ("fr", "Norvik détient les deux tiers de Corvalis.", "owns"),
])
def test_fraction_held(language, text, typ):
    assert (typ, "Norvik", "Corvalis", "active") in _t(text, language)


# --- ", and" before a name and its verb opens a clause, not a list of two ------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Norvik owns a third of Corvalis, and Tessaro is Norvik's largest shareholder."),
    ("fr", "Norvik détient un tiers de Corvalis, et Tessaro détient 10 % de Norvik."),
])
def test_comma_and_opens_a_clause(language, text):
    got = _pairs(text, language)
    assert ("invests_in", "Norvik", "Corvalis") in got
    assert ("invests_in", "Tessaro", "Norvik") in got
    assert not any("Tessaro" in (s, d) and "Corvalis" in (s, d) for _, s, d in got)
    assert ("invests_in", "Norvik", "Tessaro") not in got and ("owns", "Norvik", "Tessaro") not in got


def test_list_of_three_with_a_serial_comma_stays_a_list():
    got = _pairs("Norvik supplies Corvalis, Tessaro, and Velquor.")
    assert {("supplies", "Norvik", n) for n in ("Corvalis", "Tessaro", "Velquor")} <= got


# --- a stake held alongside others ---------------------------------------------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Norvik holds a stake in Corvalis alongside Tessaro."),
    ("en", "Norvik invested in Corvalis together with Tessaro."),
    ("fr", "Norvik a investi dans Corvalis aux côtés de Tessaro."),
    ("fr", "Norvik est entré au capital de Corvalis aux côtés de Tessaro."),
])
def test_stake_alongside_others(language, text):
    got = _pairs(text, language)
    assert {("invests_in", "Norvik", "Corvalis"), ("invests_in", "Tessaro", "Corvalis")} <= got


def test_a_bare_with_after_the_stake_names_no_investor():
    got = _pairs("Norvik invested in Corvalis, with Tessaro as a rival.")
    assert ("invests_in", "Tessaro", "Corvalis") not in got


# --- "the two companies": a partnership told in the sentence after the one naming the pair ------------

@pytest.mark.parametrize("language,text,typ,status", [
    ("en", "Norvik and Corvalis halted a project. The two companies had agreed a partnership in 2020.", "partners_with", None),
    ("en", "Norvik and Corvalis will split their plants. Both companies formed the joint venture in 2022.", "joint_venture", "active"),
    ("de", "Norvik und Corvalis haben ein Projekt gestoppt. Die beiden Unternehmen hatten 2020 eine Partnerschaft vereinbart.", "partners_with", None),
    ("de", "Norvik und Corvalis haben ein Projekt gestoppt. Die beiden Konzerne beenden ihre Zusammenarbeit.", "partners_with", "ended"),
    ("fr", "Norvik et Corvalis ont arrêté un projet. Les deux groupes avaient conclu un partenariat en 2020.", "partners_with", None),
])
def test_pair_anaphor_after_the_pair(language, text, typ, status):
    got = _t(text, language)
    hits = [st for t, s, d, st in got if t == typ and {s, d} == {"Norvik", "Corvalis"}]
    assert hits and (status is None or status in hits)


@pytest.mark.parametrize("text", [
    # three companies before: which two?
    "Norvik, Corvalis and Tessaro met in Paris. The two companies signed a partnership.",
    # the pair is not joined at the opening of the sentence before
    "Norvik met Corvalis in Paris. The two companies signed a partnership.",
    # no partnership word
    "Norvik and Corvalis halted a project. The two companies cut jobs.",
])
def test_no_pair_when_unclear(text):
    assert not any(t in ("partners_with", "joint_venture") for t, _, _ in _pairs(text))


# --- a deal named by its product: "a battery deal with X" (the tiers give the direction) ---------------

@pytest.mark.parametrize("text,src,tgt", [
    ("Brixo signed a battery deal with Kestrel.", "Kestrel", "Brixo"),
    ("Brixo signed a lithium agreement with Ostero.", "Ostero", "Brixo"),
    ("Kestrel has a cathode contract with Brixo.", "Kestrel", "Brixo"),
])
def test_deal_named_by_its_product(text, src, tgt):
    sectors = {"Brixo": ["automotive"], "Kestrel": ["battery"], "Ostero": ["mining"]}
    got = {(r.type, r.source, r.target) for r in rels(text, ["Brixo", "Kestrel", "Ostero"], sectors=sectors)}
    assert ("supplies", src, tgt) in got


def test_deal_named_by_a_non_product_is_no_supply():
    sectors = {"Brixo": ["automotive"], "Kestrel": ["battery"]}
    got = {(r.type, r.source, r.target) for r in rels("Brixo signed a marketing deal with Kestrel.", ["Brixo", "Kestrel"], sectors=sectors)}
    assert not any(t == "supplies" for t, _, _ in got)


@pytest.mark.parametrize("language,text", [
    ("fr", "Brixo a signé un contrat de batteries avec Kestrel."),
    ("fr", "Brixo a signé un accord de cellules avec Kestrel."),
    ("de", "Brixo hat einen Vertrag über Batteriezellen mit Kestrel unterzeichnet."),
    ("en", "Brixo signed a contract for battery cells with Kestrel."),
])
def test_partner_named_after_the_product_of_a_contract(language, text):
    sectors = {"Brixo": ["carmaker"], "Kestrel": ["battery_cells"]}
    got = {(r.type, r.source, r.target) for r in rels(text, ["Brixo", "Kestrel"], language=language, sectors=sectors)}
    assert ("supplies", "Kestrel", "Brixo") in got


# --- making a customer's own goods ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kestrel makes Brixo's batteries in Nevada.",
    "Kestrel, which makes Brixo's battery cells, opened a plant.",
    "Kestrel builds Brixo's new electric vans in Graz.",
])
def test_making_a_customers_goods(text):
    assert ("supplies", "Kestrel", "Brixo") in {(r.type, r.source, r.target) for r in rels(text, ["Kestrel", "Brixo"])}


@pytest.mark.parametrize("text", [
    "Kestrel built Brixo's first factory.",   # a plant built: construction, no goods
    "Kestrel makes Brixo's rivals nervous.",  # no goods
])
def test_making_without_goods_is_no_supply(text):
    assert not any(r.type == "supplies" for r in rels(text, ["Kestrel", "Brixo"]))


@pytest.mark.parametrize("language,text", [
    ("de", "Kestrel baut die Transporter von Brixo in Graz."),
    ("de", "Kestrel fertigt die Batterien von Brixo in Nevada."),
    ("fr", "Kestrel fabrique les batteries de Brixo au Nevada."),
    ("fr", "Kestrel assemble les voitures de Brixo à Graz."),
])
def test_making_a_customers_goods_named_with_of(language, text):
    got = {(r.type, r.source, r.target) for r in rels(text, ["Kestrel", "Brixo"], language=language)}
    assert ("supplies", "Kestrel", "Brixo") in got


@pytest.mark.parametrize("language,text", [
    ("de", "Kestrel baut die Werke von Brixo."),
    ("fr", "Kestrel construit les usines de Brixo."),
])
def test_building_a_customers_plants_is_no_supply(language, text):
    assert not any(r.type == "supplies" for r in rels(text, ["Kestrel", "Brixo"], language=language))


# --- a pair that cooperates with no "with"; a German separable "löst ... auf" ----------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Norvik and Corvalis agreed to cooperate on hybrid engines."),
    ("en", "Norvik and Corvalis will develop hydrogen trucks together."),
    ("fr", "Norvik et Corvalis vont coopérer sur les moteurs hybrides."),
    ("de", "Norvik und Corvalis wollen gemeinsam Wasserstoff-Lkw entwickeln."),
])
def test_pair_that_cooperates(language, text):
    assert ("partners_with", "Corvalis", "Norvik") in _pairs(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik said it would cooperate fully with regulators, Corvalis said."),
    ("en", "Norvik cooperates on engines, while Corvalis builds cars."),
    ("de", "Norvik baut gemeinsam Autos, Corvalis nicht."),
])
def test_one_cooperating_company_names_no_pair(language, text):
    assert not any(t == "partners_with" for t, _, _ in _pairs(text, language))


def test_german_separable_dissolve():
    got = _t("Norvik löst sein Gemeinschaftsunternehmen mit Corvalis auf.", "de")
    assert ("joint_venture", "Corvalis", "Norvik", "ended") in got


def test_german_deal_in_dry_cloths_is_done():
    got = _t("Die Übernahme von Corvalis durch Norvik ist in trockenen Tüchern.", "de")
    assert ("acquires", "Norvik", "Corvalis", "active") in got


@pytest.mark.parametrize("language,text,status", [
    ("fr", "Norvik étudie une entrée au capital de Corvalis.", "in_talks"),
    ("fr", "Norvik a annoncé son entrée au capital de Corvalis.", "announced"),
    ("de", "Norvik hat seinen Einstieg bei Corvalis angekündigt.", "announced"),
])
def test_entry_into_the_capital_is_news(language, text, status):
    assert ("invests_in", "Norvik", "Corvalis", status) in _t(text, language)
