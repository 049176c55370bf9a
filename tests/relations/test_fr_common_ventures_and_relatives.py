"""French (and some English) shapes seen on unseen pages (round 5): a common subsidiary of two
parents, a customer named before an object relative of supply, funding rounds in the plural, a stake
bought from its holder. Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _pairs(sentence, companies=_C, language="fr"):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, companies, language=language))}


# --- "filiale commune de A et de B": A and B are partners in a joint venture ---------------------------

@pytest.mark.parametrize("sentence", [
    "Ostero, filiale commune de Korvan et de Maltrix, produit des cellules.",
    "Filiale commune de Korvan et de Maltrix, la structure chercherait à acquérir des mines.",
    "Ostero, filiale conjointe de Korvan et Maltrix, produit des cellules.",
    "Korvan et Maltrix ont créé une entreprise commune pour recycler des batteries.",
    "Ostero, la société commune de Korvan et Maltrix, produit des cellules.",
])
def test_common_subsidiary_is_a_joint_venture(sentence):
    got = _pairs(sentence)
    assert ("joint_venture", "Korvan", "Maltrix") in got
    assert not any(t == "owns" for t, _s, _d in got)


@pytest.mark.parametrize("sentence", [
    "Ostero, la filiale de Korvan, produit des cellules.",
    "Ostero, filiale à 100 % de Korvan, produit des cellules.",
])
def test_a_plain_subsidiary_keeps_its_owner(sentence):
    assert ("owns", "Korvan", "Ostero") in _pairs(sentence)


# --- "Y, que X fournit en puces": the antecedent of an object relative of supply is the customer -------

@pytest.mark.parametrize("sentence,language", [
    ("Ostero, que Korvan fournit en composants depuis 2024, construit une usine.", "fr"),
    ("La production est destinée à Ostero, que Korvan approvisionne en puces.", "fr"),
    ("Ostero, que le chinois Korvan approvisionne en puces, construit une usine.", "fr"),
    ("Ostero, dont Korvan livre les batteries, construit une usine.", "fr"),
    ("Ostero, which Korvan supplies with chips, is building a plant.", "en"),
])
def test_object_relative_of_supply(sentence, language):
    got = _pairs(sentence, language=language)
    assert ("supplies", "Korvan", "Ostero") in got
    assert ("supplies", "Ostero", "Korvan") not in got


@pytest.mark.parametrize("sentence,language,rel", [
    ("Ostero, qui fournit Korvan, construit une usine.", "fr", ("supplies", "Ostero", "Korvan")),
    ("Ostero, which supplies Korvan, is building a plant.", "en", ("supplies", "Ostero", "Korvan")),
    ("Ostero, que Korvan a racheté en 2020, fournit Maltrix.", "fr", ("acquires", "Korvan", "Ostero")),
    ("Les cellules que Korvan fournit à Maltrix sont produites en Pologne.", "fr", ("supplies", "Korvan", "Maltrix")),
])
def test_subject_relatives_and_other_verbs_unchanged(sentence, language, rel):
    got = _pairs(sentence, language=language)
    assert rel in got
    assert not (rel[0] == "supplies" and (rel[0], rel[2], rel[1]) in got)


def test_relative_far_from_the_antecedent_is_not_read():
    # "qu'elle livre" speaks of goods a company further back delivers, not of the name before "qui"
    got = _pairs("Les cathodes partent vers Ostero, détenue par Korvan et Maltrix, qui les intègre dans les cellules "
                 "qu'elle livre ensuite aux usines.")
    assert ("supplies", "Ostero", "Maltrix") not in got


# --- funding rounds named in the plural ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Korvan, qui avait participé à plusieurs tours de table de Maltrix, en reste actionnaire.",
    "Korvan a participé aux deux derniers tours de table de Maltrix.",
    "Korvan a participé au tour de table de Maltrix.",
])
def test_rounds_of_a_company(sentence):
    assert ("invests_in", "Korvan", "Maltrix") in _pairs(sentence)


# --- a stake bought from its holder: the holder is the seller, not the company invested in -------------

@pytest.mark.parametrize("sentence,language", [
    ("Maltrix a racheté la participation de Korvan et détient désormais seule le projet.", "fr"),
    ("Maltrix a racheté les parts de Korvan.", "fr"),
    ("Maltrix rachète sa part minoritaire de Korvan pour 20 millions d'euros.", "fr"),
    ("Maltrix bought Korvan's stake and now owns the project outright.", "en"),
    ("Maltrix bought out Korvan's 50% stake.", "en"),
])
def test_stake_of_its_holder(sentence, language):
    got = _pairs(sentence, language=language)
    assert not any({s, d} == {"Maltrix", "Korvan"} for _t, s, d in got)


@pytest.mark.parametrize("sentence,language,rel", [
    ("Maltrix a racheté la participation de Korvan dans Ostero.", "fr", ("invests_in", "Maltrix", "Ostero")),
    ("Maltrix a pris une participation dans Korvan.", "fr", ("invests_in", "Maltrix", "Korvan")),
    ("Maltrix a racheté Korvan.", "fr", ("acquires", "Maltrix", "Korvan")),
    ("Maltrix bought Korvan's stake in Ostero.", "en", ("invests_in", "Maltrix", "Ostero")),
    ("Maltrix bought a stake in Korvan.", "en", ("invests_in", "Maltrix", "Korvan")),
    ("Maltrix bought Korvan.", "en", ("acquires", "Maltrix", "Korvan")),
])
def test_stakes_in_a_named_company_still_read(sentence, language, rel):
    assert rel in _pairs(sentence, language=language)


# --- "une ronde de financement menée par X, à laquelle ont participé Y et Z" ----------------------------

@pytest.mark.parametrize("sentence", [
    "Ostero a conclu une ronde de financement de 140 millions de dollars menée par Korvan, à laquelle ont participé Maltrix et Vostra.",
    "Ostero a bouclé un tour de financement mené par Korvan, auquel ont aussi participé Maltrix et Vostra.",
])
def test_round_led_by_one_with_participants_after(sentence):
    got = _pairs(sentence, ["Korvan", "Maltrix", "Ostero", "Vostra"])
    assert {("invests_in", "Korvan", "Ostero"), ("invests_in", "Maltrix", "Ostero"), ("invests_in", "Vostra", "Ostero")} <= got


def test_round_with_participants_only():
    got = _pairs("Ostero a bouclé un tour de financement de 50 millions d'euros auquel ont participé Maltrix et Vostra.",
                 ["Korvan", "Maltrix", "Ostero", "Vostra"])
    assert {("invests_in", "Maltrix", "Ostero"), ("invests_in", "Vostra", "Ostero")} <= got


# --- "Y est passé en janvier sous le contrôle de X": a time between the participle and the phrase ------

@pytest.mark.parametrize("sentence", [
    "Ostero est passé en janvier sous le contrôle du manufacturier de pneumatiques Korvan, qui en a acquis 54,8 %.",
    "Ostero est passée l'an dernier aux mains de Korvan.",
    "Ostero est passée fin mars dans le giron de Korvan.",
    "Ostero est passée sous le contrôle de Korvan.",
])
def test_passed_under_control_with_a_time(sentence):
    assert ("acquires", "Korvan", "Ostero") in _pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Filiale commune de Korvan et du fonds Maltrix, la structure chercherait à acquérir des mines.",
    "La coentreprise de Korvan et du groupe Maltrix produira des cathodes.",
    "La société commune de Korvan et de l'industriel Maltrix ouvrira une usine.",
])
def test_venture_parents_past_a_description(sentence):
    assert ("joint_venture", "Korvan", "Maltrix") in _pairs(sentence)
