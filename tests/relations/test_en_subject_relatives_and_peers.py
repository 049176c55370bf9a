"""English shapes seen on unseen pages (round 5): a subject relative before a holder noun, peers in a
ranking, a new clause after ", and", a possessive before the name meant. Sentences written for these
tests with made-up companies: rows that must link and near misses that must not."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _t(sentence, companies=_C, language="en"):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=language))]


def _pairs(sentence, companies=_C, language="en"):
    return {(t, s, d) for t, s, d, _ in _t(sentence, companies, language)}


# --- "X, which was already Y's largest shareholder": a subject relative, X holds the stake -----------

@pytest.mark.parametrize("sentence", [
    "The round was led by Korvan, which was already Maltrix's largest outside shareholder.",
    "Korvan, which is Maltrix's largest shareholder, said it would invest more.",
    "The new money comes from Korvan, which has been Maltrix's biggest shareholder since 2019.",
    "Analysts pointed to Korvan, which remains Maltrix's second-largest shareholder.",
])
def test_subject_relative_before_holder_noun(sentence):
    got = _pairs(sentence)
    assert ("invests_in", "Korvan", "Maltrix") in got
    assert ("invests_in", "Maltrix", "Korvan") not in got


@pytest.mark.parametrize("sentence,rel", [
    ("The cells come from Korvan, which is also Maltrix's main supplier.", ("supplies", "Korvan", "Maltrix")),
    # object relatives keep their reading: the name after "which" acts
    ("Maltrix, which Korvan acquired in 2020, makes cells.", ("acquires", "Korvan", "Maltrix")),
    ("Maltrix, in which Korvan holds 20%, makes cells.", ("invests_in", "Korvan", "Maltrix")),
    ("Maltrix, which was acquired by Korvan in 2020, makes cells.", ("acquires", "Korvan", "Maltrix")),
    ("Maltrix, whose largest shareholder is Korvan, makes cells.", ("invests_in", "Korvan", "Maltrix")),
])
def test_relatives_keep_their_actor(sentence, rel):
    assert rel in _pairs(sentence)


# --- a ranking: "one of the largest producers, alongside A and B" names peers, not partners ----------

@pytest.mark.parametrize("sentence,language", [
    ("The deal made Korvan one of the world's three largest lithium producers, alongside Maltrix and Ostero.", "en"),
    ("The merger makes Korvan one of the biggest cell makers, behind Maltrix and Ostero.", "en"),
    ("After the deal Korvan is one of the leading cathode suppliers, along with Maltrix and Ostero.", "en"),
    ("L'accord fait de Korvan l'un des trois plus grands producteurs mondiaux de lithium, aux côtés de Maltrix et d'Ostero.", "fr"),
    ("Avec cet accord, Korvan devient l'un des principaux fabricants de cellules, derrière Maltrix et Ostero.", "fr"),
])
def test_peers_in_a_ranking_are_no_partners(sentence, language):
    got = _pairs(sentence, language=language)
    assert not any({s, d} == {"Maltrix", "Ostero"} for _t_, s, d in got)
    assert not any("Korvan" in (s, d) and t == "partners_with" for t, s, d in got)


@pytest.mark.parametrize("sentence,language", [
    ("Korvan, one of the largest suppliers, signed a deal with Maltrix.", "en"),
    ("Korvan signed a deal with Maltrix and Ostero.", "en"),
    ("Korvan a signé un accord avec Maltrix et Ostero.", "fr"),
])
def test_partners_outside_a_ranking_still_link(sentence, language):
    got = _pairs(sentence, language=language)
    assert ("partners_with", "Korvan", "Maltrix") in got


# --- ", and B makes ...": a new clause with its own verb; B is no customer ------------------------------

@pytest.mark.parametrize("sentence,language", [
    ("Korvan supplies seats from Georgia, and Maltrix makes door panels for the models.", "en"),
    ("Korvan supplies seats, but Maltrix builds the dashboards.", "en"),
    ("Korvan delivers the wiring harnesses, and Maltrix also assembles the battery packs.", "en"),
    ("Korvan fournit les sièges depuis la Pologne, et Maltrix fabrique les panneaux de porte.", "fr"),
])
def test_subject_of_a_new_clause_is_no_customer(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _pairs(sentence, language=language))


@pytest.mark.parametrize("sentence", [
    "Korvan will supply Maltrix.",
    "Korvan supplies seats to Maltrix, and Ostero makes door panels.",
    "Korvan supplies seats and dashboards to Maltrix.",
])
def test_plain_objects_still_receive(sentence):
    assert ("supplies", "Korvan", "Maltrix") in _pairs(sentence)


# --- "controlled by Volkswagen's Traton group": the name after the possessive is the owner -----------

@pytest.mark.parametrize("sentence", [
    "Ostero, the truck maker controlled by Korvan's Maltrix group, bought a plant.",
    "Ostero, which is owned by Korvan's Maltrix, makes trucks.",
    "Ostero is controlled by Korvan's Maltrix unit.",
    "Ostero is a subsidiary of Korvan's Chinese Maltrix.",
])
def test_owner_after_a_possessive(sentence):
    got = _pairs(sentence)
    assert ("owns", "Maltrix", "Ostero") in got
    assert ("owns", "Korvan", "Ostero") not in got


@pytest.mark.parametrize("sentence,rel", [
    ("Ostero supplies cells to Korvan's Maltrix brand.", ("supplies", "Ostero", "Maltrix")),
    ("Korvan's Maltrix unit will supply cells to Ostero.", ("supplies", "Maltrix", "Ostero")),
    ("Ostero is owned by Korvan.", ("owns", "Korvan", "Ostero")),
    ("Ostero is owned by Korvan's founders.", ("owns", "Korvan", "Ostero")),
])
def test_possessive_without_a_name_after_it(sentence, rel):
    assert rel in _pairs(sentence)
