"""A supplier named as the antecedent of a relative clause that tells its supplying (relations/frames/supply.py,
supS): a tense of going on after the relative word (", which has been supplying", ", che sta fornendo", ", que
seguirá suministrando", ", qui continuera de livrer") and, in German, a relative whose verb ends it with the
customer named before the verb, whatever preposition governs the antecedent ("kommen von X, das ... an Y
liefert"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostara"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("The modules come from Maltrix, which has been supplying inverters to Korvan since 2021.", "en"),
    ("The sites will use units from Maltrix, which is already delivering chargers to Korvan.", "en"),
    ("I moduli arrivano da Maltrix, che sta fornendo inverter a Korvan.", "it"),
    ("Los módulos llegan de Maltrix, que seguirá suministrando inversores a Korvan.", "es"),
    ("Los módulos llegan de Maltrix, que está suministrando inversores a Korvan.", "es"),
    ("Les modules viennent de Maltrix, qui continuera de livrer des onduleurs à Korvan.", "fr"),
    ("Die Module kommen von Maltrix, das seit 2021 Wechselrichter an Korvan liefert.", "de"),
    ("Der Stahl soll von Maltrix kommen, das ab dem Sommer Bleche an Korvan liefern wird.", "de"),
])
def test_the_antecedent_supplies(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found


def test_german_relative_not_the_main_subject():
    # the main clause's subject buys from the antecedent; the relative tells the antecedent's other customer
    found = _found("Korvan bezieht Zellen von Maltrix, die auch an Ostara liefert.", "de")
    assert ("supplies", "Maltrix", "Ostara") in found
    assert ("supplies", "Korvan", "Ostara") not in found


def test_english_passive_is_not_a_tense_of_going_on():
    found = _found("The plant was built by Ostara, which is supplied with steel by Korvan.", "en")
    assert ("supplies", "Ostara", "Korvan") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Le leghe arrivano da Maltrix, di Casto, che rifornisce Korvan da oltre dieci anni.", "it"),
    ("Les pièces viennent de Maltrix, basée à Lyon, qui fournit Korvan depuis 2022.", "fr"),
    ("Las piezas vienen de Maltrix, de Valencia, que suministra a Korvan desde 2022.", "es"),
    ("Die Bleche kommen von Maltrix aus Aachen, das seit 2022 an Korvan liefert.", "de"),
    ("Die Bleche kommen von Maltrix aus Aachen, das seit 2022 Korvan beliefert.", "de"),
    ("The parts come from Maltrix in Sunderland, which supplies Korvan.", "en"),
])
def test_the_antecedent_past_its_town(sentence, language):
    # the town named after the supplier, before its relative, does not hide the antecedent
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Korvan compra el cobalto a Maltrix, que se lo suministra desde su refinería.", "es"),
    ("Korvan achète le cobalt à Maltrix, qui le lui livre depuis sa raffinerie.", "fr"),
    ("Korvan acquista il cobalto da Maltrix, che glielo fornisce dalla sua raffineria.", "it"),
])
def test_a_dative_clitic_after_the_goods_pronoun_is_the_customer(sentence, language):
    # "se lo", "le lui", "glielo": the goods' pronoun, then the customer's dative (the clause subject)
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found
