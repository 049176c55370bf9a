"""Talks about a supply, with the talks words and purposes written out in full (frames/talks.py,
relations/talks_goods.py, the lexicons' TALKS triggers and ``talks_purpose``): every person and tense
of the talks verbs, the singular German "Gespräch", "talking to" with "to" for the partner, purposes
that say who delivers ("para equiparle", "about taking its scrap"), German compound supply
nouns ("Lithiumlieferungen") and goods of the chain's ladder the product list does not name ("une
cellule", "i sistemi di accumulo"). Made-up companies with gazetteer sectors; invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Ressa", "Navalis", "Brenta", "Orvel", "Daxa"]
_S = {"Korvan": ["carmaker"], "Maltrix": ["battery_cells"], "Delvo": ["lithium miner"], "Ressa": ["recycling"],
      "Navalis": ["shipbuilding"], "Brenta": ["supplier"]}
# (Orvel and Daxa have no sectors: the chain cannot direct their supply, only the sentence's words can)


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, sectors=_S))}


@pytest.mark.parametrize("sentence, language", [
    # the talks verbs in persons and tenses the lexicons did not list
    ("Orvel is talking to Daxa about a second source of cells for its vans.", "en"),
    ("Orvel talked to Daxa last month about a second source of cells.", "en"),
    ("Orvel stava negoziando con Daxa per una seconda fonte di celle.", "it"),
    ("Orvel trattava con Daxa da mesi per una seconda fonte di celle.", "it"),
    ("Orvel è in contatto con Daxa per una seconda fonte di celle.", "it"),
    ("Orvel a discuté avec Daxa d'une deuxième source de cellules pour ses utilitaires.", "fr"),
    ("Orvel négocierait avec Daxa pour une deuxième source de cellules.", "fr"),
    ("Orvel negoció con Daxa una segunda fuente de celdas para sus furgonetas.", "es"),
    ("Orvel conversaba con Daxa sobre una segunda fuente de celdas.", "es"),
    ("Orvel ist mit Daxa im Gespräch über eine zweite Quelle für Zellen.", "de"),
    ("Orvel steht im Gespräch mit Daxa über eine zweite Quelle für Zellen.", "de"),
])
def test_talks_verbs_in_every_form_read_the_partner_as_a_source(sentence, language):
    assert ("supplies", "Daxa", "Orvel") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language, seller, buyer", [
    # the subject would deliver: the verbs of supplying and equipping the purposes did not list
    ("Daxa negocia con Orvel para equiparle con celdas a partir de 2027.", "es", "Daxa", "Orvel"),
    ("Daxa tratta con Orvel per equipaggiare i suoi nuovi furgoni.", "it", "Daxa", "Orvel"),
    ("Daxa is in talks with Orvel about equipping its vans.", "en", "Daxa", "Orvel"),
    ("Daxa verhandelt mit Orvel über die Belieferung des Werks in Kassel.", "de", "Daxa", "Orvel"),
    # taking goods from the partner
    ("Ressa is in talks with Maltrix about taking its production scrap.", "en", "Maltrix", "Ressa"),
    # a German supply noun in a compound, the chain sets the direction
    ("Korvan verhandelt mit Delvo über langfristige Lithiumlieferungen.", "de", "Delvo", "Korvan"),
    # goods of the ladder the product list does not name
    ("Maltrix discute avec Korvan d'une cellule plus dense pour sa prochaine citadine.", "fr", "Maltrix", "Korvan"),
    ("Maltrix è in trattativa con Navalis per i sistemi di accumulo dei nuovi traghetti.", "it", "Maltrix", "Navalis"),
    # a cell maker and a parts maker on one tier: the goods' rung tells who sells
    ("Maltrix führt Gespräche mit Brenta über Rundzellen für dessen Antriebe.", "de", "Maltrix", "Brenta"),
])
def test_talks_purposes_set_the_direction(sentence, language, seller, buyer):
    assert ("supplies", seller, buyer) in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # a plant or a venture named with the goods' word is no goods (the guard of talks_goods._NOT_GOODS)
    ("Maltrix is in talks with Korvan about a joint cell plant in Ohio.", "en"),
    ("Maltrix est en discussions avec Korvan pour une usine de cellules à Douai.", "fr"),
])
def test_talks_about_a_plant_read_no_supply(sentence, language):
    assert not {t for t in _found(sentence, language) if t[0] == "supplies"}


@pytest.mark.parametrize("sentence, seller, buyer", [
    # German verb second with the partner fronted by "mit" (frames/talks._fronted_partner)
    ("Mit Daxa verhandelt Orvel seit Monaten über eine zweite Quelle für Zellen.", "Daxa", "Orvel"),
    ("Mit Korvan verhandelt Maltrix derzeit über Zellen für dessen Transporter.", "Maltrix", "Korvan"),
])
def test_german_talks_with_the_partner_fronted(sentence, seller, buyer):
    assert ("supplies", seller, buyer) in _found(sentence, "de")


# the storage words of the ladder's cell rung name stored energy only: the same stems also begin
# stored data, accumulated losses and the storing of anything ("gespeicherte", "Speicherung")
@pytest.mark.parametrize("sentence, language", [
    ("Korvan verhandelt mit Brenta über gespeicherte Fahrzeugdaten.", "de"),
    ("Korvan verhandelt mit Brenta über die Speicherung von Fahrzeugdaten.", "de"),
    ("Korvan is in talks with Brenta about accumulated losses.", "en"),
    ("Korvan is in talks with Brenta about data storage.", "en"),
    ("Korvan discute avec Brenta du stockage des données.", "fr"),
])
def test_storage_stems_of_other_things_are_no_goods(sentence, language):
    assert not {r for r in _found(sentence, language) if r[0] == "supplies"}


@pytest.mark.parametrize("words", ["i sistemi di accumulo", "einen Batteriespeicher", "grid-scale battery storage",
                                   "des solutions de stockage", "acumuladores", "sistemas de almacenamiento"])
def test_storage_of_energy_is_on_the_cell_rung(words):
    from tierscope.relations.goods_ladder import goods_rank
    assert goods_rank(words) == 2


# "taking", "receiving", "obtaining" the goods: the goods are the verb's object, with no preposition
# between; a permit or a grant "for" the goods is no taking of them
@pytest.mark.parametrize("sentence", [
    "Daxa is in talks with Orvel about obtaining permits for its scrap yard.",
    "Daxa is in talks with Orvel about receiving help with its scrap.",
])
def test_a_preposition_before_the_goods_takes_none(sentence):
    assert not {r for r in _found(sentence, "en") if r[0] == "supplies"}


# research on goods of the ladder is what the talks are about, not goods one party would deliver
@pytest.mark.parametrize("sentence, language", [
    ("Korvan verhandelt mit Brenta über die Zukunft der Zellforschung in Europa.", "de"),
    ("Korvan is in talks with Brenta about storage systems research.", "en"),
    ("Korvan tratta con Brenta per la ricerca sui catodi.", "it"),
])
def test_research_on_the_goods_is_no_supply(sentence, language):
    assert not {r for r in _found(sentence, language) if r[0] == "supplies"}
