"""French business-news constructions, on sentences written for these tests with made-up companies
(positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

C = ["Norvik", "Corvalis", "Tessaro", "Vostra", "Hollin Motors"]


def _t(sentence, companies=C, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="fr", **kw))]


def _of(kind, sentence, companies=C, **kw):
    kinds = (kind,) if isinstance(kind, str) else kind
    return [x for x in _t(sentence, companies, **kw) if x[0] in kinds]


# --- a description before a name whose "de" governs a bare noun, not the name ---------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("L'exploitant belge de bornes de recharge Norvik a bouclé une levée de fonds de 90 millions d'euros, "
     "menée par le fonds de pension danois Corvalis.", ("invests_in", "Corvalis", "Norvik", "active")),
    ("Le fonds d'investissement suédois Tessaro s'apprête à racheter Vostra.", ("acquires", "Tessaro", "Vostra", "announced")),
    ("Le spécialiste des moteurs électriques Hollin Motors va racheter Vostra.", ("acquires", "Hollin Motors", "Vostra", "announced")),
])
def test_description_with_its_own_de_before_the_name(sentence, expected):
    assert _of(expected[0], sentence) == [expected]


def test_de_before_a_name_still_governs_it():
    # "la filiale de Norvik": no bare noun after "de", the name is the owner
    assert _of("owns", "Corvalis, la filiale de Norvik, ouvre une usine.") == [("owns", "Norvik", "Corvalis", "active")]


# --- suppliers listed with a repeated "par" ---------------------------------------------------------------

def test_passive_agents_that_repeat_par():
    sentence = "Les modules seront livrés à Norvik par le japonais Corvalis et par l'allemand Tessaro dès 2027."
    assert _of("supplies", sentence) == [
        ("supplies", "Corvalis", "Norvik", "announced"), ("supplies", "Tessaro", "Norvik", "announced")]


def test_a_second_par_in_another_clause_is_no_supplier():
    sentence = "Les modules seront livrés à Norvik par Corvalis, une décision saluée par Tessaro."
    assert _of("supplies", sentence) == [("supplies", "Corvalis", "Norvik", "announced")]


# --- an order won from a customer named before the order noun -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Norvik décroche auprès de Corvalis la plus importante commande de son histoire.",
    "Norvik a annoncé avoir remporté auprès de Corvalis un contrat de 800 millions d'euros.",
    "Norvik obtient un nouveau contrat de Corvalis pour des faisceaux.",
])
def test_order_won_from_a_customer(sentence):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "announced")]


@pytest.mark.parametrize("sentence", [
    # the noun "commande" names the customer after "de": no purchase from it
    "Norvik a reçu la nouvelle commande de Corvalis pour des faisceaux.",
    "Norvik a décroché la plus grosse commande de Corvalis depuis dix ans.",
])
def test_order_noun_is_no_purchase_verb(sentence):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "announced")]


def test_order_verb_still_names_the_supplier():
    assert _of("supplies", "Corvalis commande des faisceaux à Norvik.")[0][1:3] == ("Norvik", "Corvalis")


# --- taking a company over: "reprendre" -------------------------------------------------------------

@pytest.mark.parametrize("sentence,status", [
    ("Le fonds Corvalis va reprendre Vostra, en redressement judiciaire depuis mars.", "announced"),
    ("Norvik a repris le contrôle exclusif de Vostra.", "active"),
    ("Norvik a repris Vostra en 2021.", "active"),
])
def test_reprendre_is_a_takeover(sentence, status):
    got = _of("acquires", sentence)
    assert len(got) == 1 and got[0][3] == status and got[0][2] == "Vostra"


@pytest.mark.parametrize("sentence", [
    "Norvik reprend ses livraisons de modules à Vostra.",
    "Norvik a repris la production dans l'usine de Vostra.",
])
def test_reprendre_without_a_company_object_is_no_takeover(sentence):
    assert _of("acquires", sentence) == []


# --- buying goods: "se fournir chez / auprès de" ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Norvik, qui se fournit depuis 2019 chez Corvalis pour ses onduleurs, prépare une nouvelle plateforme.",
    "Norvik se fournit en cellules auprès de Corvalis.",
])
def test_se_fournir_chez_names_the_supplier(sentence):
    assert [x[1:3] for x in _of("supplies", sentence)] == [("Corvalis", "Norvik")]


# --- a unit named after its field: "sa division de sécurité passive Y" -----------------------------------

def test_possessive_unit_with_its_field_before_the_name():
    sentence = "Norvik a confirmé qu'il étudiait une cession de sa division de freinage Vostra."
    assert _of("owns", sentence) == [("owns", "Norvik", "Vostra", "active")]


def test_unit_field_then_owner_after_its_own_preposition():
    sentence = "Corvalis a signé un contrat avec Vostra, la filiale de métaux rares du groupe Norvik."
    assert _of("owns", sentence) == [("owns", "Norvik", "Vostra", "active")]


def test_unit_noun_field_is_no_owner():
    # "la division de sécurité passive Vostra": Vostra is the unit itself, not the owner of Norvik
    sentence = "Norvik, la division de sécurité passive Vostra et Corvalis dominent le marché."
    assert _of("owns", sentence) == []


# --- a company held by a list of companies: a joint venture of theirs ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Vostra, le fabricant de piles à combustible détenu par Norvik, Corvalis et Tessaro, cherche un nouveau client.",
    "Les cellules viennent de Vostra, une société détenue par Norvik, Corvalis et Tessaro.",
])
def test_held_by_a_list_is_a_joint_venture(sentence):
    assert _of(("joint_venture", "owns"), sentence) == [
        ("joint_venture", "Corvalis", "Norvik", "active"), ("joint_venture", "Corvalis", "Tessaro", "active"),
        ("joint_venture", "Norvik", "Tessaro", "active")]


@pytest.mark.parametrize("sentence,expected", [
    ("Vostra, détenue par Norvik, fournit Corvalis en modules.", ("owns", "Norvik", "Vostra", "active")),
    ("Vostra, détenue à 70 % par Norvik, a signé avec Corvalis.", ("owns", "Norvik", "Vostra", "active")),
])
def test_held_by_one_company_is_its_parent(sentence, expected):
    assert _of(("joint_venture", "owns"), sentence) == [expected]


# --- statuses ------------------------------------------------------------------------------------------

def test_fin_and_a_year_is_a_date_not_an_end():
    sentence = "Norvik a pris fin 2024 une participation de 15 % dans Vostra."
    assert _of("invests_in", sentence) == [("invests_in", "Norvik", "Vostra", "active")]


def test_a_programme_ended_elsewhere_leaves_joint_owners_standing():
    sentence = ("Vostra, la société détenue par Norvik et Corvalis, devra revoir ses plans après la décision de "
                "Tessaro de mettre fin à son programme de camions.")
    assert _of("joint_venture", sentence) == [("joint_venture", "Corvalis", "Norvik", "active")]


def test_interrupted_deliveries_end_the_supply():
    sentence = "Norvik, qui fournissait à Vostra des piles à combustible, a interrompu ses livraisons en mai."
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Vostra", "ended")]


def test_continuing_to_buy_is_active():
    sentence = "Le groupe Vostra continuera d'acheter le lithium produit par Norvik jusqu'en 2027."
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Vostra", "active")]


@pytest.mark.parametrize("sentence,status", [
    ("Recyclage : Vostra passe sous le contrôle de Norvik", "announced"),
    ("Vostra est passée sous le contrôle de Norvik en 2019.", "active"),
])
def test_passing_under_control_present_and_past(sentence, status):
    assert _of("acquires", sentence) == [("acquires", "Norvik", "Vostra", status)]


@pytest.mark.parametrize("sentence,status", [
    ("Les premières livraisons d'acier de Norvik à Vostra sont prévues en 2028.", "announced"),
    ("Les livraisons d'acier de Norvik à Vostra débuteront au printemps.", "announced"),
    ("Les livraisons d'acier de Norvik à Vostra ont repris en mars.", "active"),
])
def test_deliveries_said_to_start_later_are_announced(sentence, status):
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Vostra", status)]


# --- goods of a relative's antecedent: "X, dont les faisceaux équipent Y" ----------------------------------

def test_goods_of_the_antecedent_equip_the_customers():
    sentence = "Norvik, dont les sièges équipent notamment Corvalis et Tessaro, ouvre une usine au Maroc."
    assert _of("supplies", sentence) == [("supplies", "Norvik", "Corvalis", "active"), ("supplies", "Norvik", "Tessaro", "active")]


def test_goods_equipping_something_else_name_no_customer():
    sentence = "Norvik, dont les ateliers équipent leurs lignes de robots Corvalis, ouvre une usine au Maroc."
    assert _of("supplies", sentence) == []


# --- a subject pronoun in an object relative: "Y, dont il détient 20 %" ---------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Le groupe Norvik s'appuie sur Vostra, la start-up dont il détient environ 15 % du capital.",
     ("invests_in", "Norvik", "Vostra", "active")),
    ("Norvik travaille depuis longtemps avec Vostra, qu'il a rachetée en 2021.", ("acquires", "Norvik", "Vostra", "active")),
    ("Norvik a renouvelé son contrat avec Vostra, dont il est le premier client.", ("supplies", "Vostra", "Norvik", "active")),
])
def test_pronoun_in_object_relative_is_the_clause_subject(sentence, expected):
    assert _of(expected[0], sentence) == [expected]


def test_named_subject_in_object_relative_still_wins():
    sentence = "Norvik travaille avec Vostra, dont Corvalis détient 15 % du capital."
    assert _of("invests_in", sentence) == [("invests_in", "Corvalis", "Vostra", "active")]


# --- precision: a unit of a company is not the company ----------------------------------------------------

def test_investing_in_a_unit_of_y_is_no_stake_in_y():
    sentence = "Norvik s'était engagé à investir 500 millions d'euros dans la filiale de Vostra."
    assert _of(("invests_in", "acquires", "owns"), sentence) == []


def test_list_then_a_singular_apposition_describes_the_last_name():
    # the entity stage may leave a name's tail out ("Tessaro" of "Tessaro Safety Systems")
    sentence = "Trois groupes dominent le marché : Norvik, Corvalis et Tessaro Safety Systems, filiale du chinois Vostra."
    got = _of("owns", sentence, companies=["Norvik", "Corvalis", "Tessaro", "Vostra"])
    assert got == [("owns", "Vostra", "Tessaro", "active")]
