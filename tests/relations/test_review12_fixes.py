"""Fixes from the review of the morning's rules (rev12). Sentences written for these tests with
made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations.facility_cues import ANAPHOR_START

from .helpers import facs, rels, triples

_C = ["Korvan", "Maltrix", "Lumen"]


@pytest.mark.parametrize("text,language", [
    # a word between the part noun and "di"/"of" that merely begins like the preposition
    ("Lumen è l'ex divisione difesa di Maltrix, che Korvan ha comprato nel 2018.", "it"),
    ("Lumen is the former unit offering chargers of Maltrix, which Korvan bought in 2018.", "en"),
    ("Lumen es la antigua filial dedicada a baterías de Maltrix, que Korvan compró en 2018.", "es"),
])
def test_part_of_a_seller_bought_through_a_relative_is_the_part(text, language):
    found = {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}
    assert ("acquires", "Korvan", "Lumen") in found
    assert ("acquires", "Korvan", "Maltrix") not in found


@pytest.mark.parametrize("language,text", [
    ("fr", "À terme, le complexe doit atteindre 30 000 tonnes."),
    ("it", "Inizialmente lo stabilimento produrrà celle."),
    ("es", "A largo plazo, la planta producirá 20 GWh."),
    ("de", "Zunächst soll das Werk Zellen fertigen."),
    ("en", "Eventually, the plant will make 20 GWh."),
])
def test_time_phrase_before_plant_anaphor_in_its_language(language, text):
    assert ANAPHOR_START[language].match(text)


@pytest.mark.parametrize("language,text", [
    ("en", "Inizialmente the plant will make cells."),  # an Italian phrase in an English sentence
    ("en", "À terme, the plant will make cells."),
    ("fr", "Eventually, l'usine produira des cellules."),
    ("it", "Zunächst soll lo stabilimento produrre celle."),
    ("es", "Nel 2027 la planta producirá celdas."),
])
def test_time_phrase_of_another_language_opens_no_plant_anaphor(language, text):
    assert ANAPHOR_START[language].match(text) is None


def test_italian_clitic_ne_is_no_negation_of_a_production_verb():
    # "ne" is French negation but an Italian clitic ("of it"): the production in the town still states a plant
    fs = facs("Kornex ne produce ogni anno a Cortona oltre 30.000 tonnellate.", ["Kornex"], "it", places=["Cortona"])
    assert [(f.owner, f.location, f.status) for f in fs] == [("Kornex", "Cortona", "active")]


@pytest.mark.parametrize("lang, text", [
    ("it", "Kornex non produce a Cortona componenti."),
    ("fr", "Kornex ne produit pas de cellules à Cortona."),
    ("en", "Kornex no longer produces cells at Cortona."),
    ("es", "Kornex no fabrica en Cortona celdas."),
])
def test_a_negated_production_in_each_language_names_no_plant(lang, text):
    assert facs(text, ["Kornex"], lang, places=["Cortona"]) == []
