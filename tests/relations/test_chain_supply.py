"""A supply trigger the frames could not direct, in a sentence naming exactly two companies the
gazetteer places in the chain, runs up the chain (``relations/chain_supply.py``): a cell maker, a
materials maker or a parts supplier sells to a carmaker. Real companies (the gazetteer's sectors are
the knowledge used), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.chain_supply import chain_supply

from .helpers import make_doc


def _rels(text, names, language):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): (r.status, r.confidence) for r in doc.relations}


@pytest.mark.parametrize("language,text,names,pair", [
    ("en", "Envision AESC opened a second plant in the autumn, next to the Nissan factory it has supplied with cells since 2013.",
     ("Envision AESC", "Nissan"), ("Envision AESC", "Nissan")),
    ("it", "Il contratto di Marelli con Nissan per le centraline motore è scaduto a fine 2025.", ("Marelli", "Nissan"), ("Marelli", "Nissan")),
    ("de", "Die Lieferbeziehung zwischen ZF Friedrichshafen und BMW für das Bauteil ist inzwischen beendet.",
     ("ZF Friedrichshafen", "BMW"), ("ZF Friedrichshafen", "BMW")),
    ("fr", "Le contrat qui liait Umicore à Northvolt depuis 2021 a pris fin au 31 décembre.", ("Umicore", "Northvolt"), ("Umicore", "Northvolt")),
])
def test_the_chain_directs_an_open_supply(language, text, names, pair):
    got = _rels(text, names, language)
    assert ("supplies", *pair) in got
    assert ("supplies", pair[1], pair[0]) not in got
    assert got[("supplies", *pair)][1] <= 0.55  # below the frames' readings: the gazetteer gave the direction


def test_a_customer_after_a_copula_is_read_by_the_frames():
    # "for" governs "the inverter", not the name after the copula: the award frame reads the pair
    got = _rels("The first customer for the inverter is Hyundai Motor, which awarded Schaeffler a contract in the summer.",
                ("Hyundai Motor", "Schaeffler"), "en")
    assert ("supplies", "Schaeffler", "Hyundai Motor") in got
    assert ("supplies", "Hyundai Motor", "Schaeffler") not in got


def test_an_ended_contract_keeps_its_status():
    got = _rels("Il contratto di Marelli con Nissan per le centraline motore è scaduto a fine 2025.", ("Marelli", "Nissan"), "it")
    assert got[("supplies", "Marelli", "Nissan")][0] == "ended"


def test_two_makers_of_one_tier_are_left_open():
    # two carmakers: the chain says nothing of who sells to whom
    assert not _rels("Il contratto di Renault con Nissan per i motori è scaduto a fine 2025.", ("Renault", "Nissan"), "it")


def test_unknown_companies_are_left_open():
    assert not _rels("Il contratto di Korvan con Maltrix per le centraline è scaduto a fine 2025.", ("Korvan", "Maltrix"), "it")


def test_a_venture_in_the_sentence_is_left_to_its_frames():
    got = _rels("Envision AESC opened a plant next to the Nissan factory it has supplied since 2013, and the two set up a joint venture.",
                ("Envision AESC", "Nissan"), "en")
    assert all(conf > 0.55 for (t, *_), (_s, conf) in got.items() if t == "supplies")


def test_a_utility_is_left_open():
    # a utility's power goes to a plant the page often names apart from its owner
    assert not _rels("Il contratto di Iberdrola con Volkswagen per l'energia della fabbrica è scaduto a fine 2025.",
                     ("Iberdrola", "Volkswagen"), "it")


def test_nothing_without_an_unresolved_trigger():
    assert chain_supply(None, "", [(0, 3, "CATL", []), (10, 13, "BMW", [])], [], [], []) == []


def test_three_companies_are_left_to_the_frames():
    spans = [(0, 4, "CATL", []), (10, 13, "BMW", []), (20, 25, "Volvo Cars", [])]
    assert chain_supply(None, "x" * 30, spans, [(object(), {})], [], []) == []


def test_a_contract_that_expired_ends_the_supply():
    got = _rels("Lear cierra su planta de asientos tras expirar el contrato con Ford.", ("Lear", "Ford"), "es")
    assert got[("supplies", "Lear", "Ford")][0] == "ended"


@pytest.mark.parametrize("language,text,names", [
    ("de", "Northvolt und Livent haben langfristige Abnahmeverträge unterzeichnet.", ("Northvolt", "Livent")),
    ("en", "Stellantis chose Spain for its new battery plant, CATL said.", ("Stellantis", "CATL")),
    ("en", "For Renault the year was hard, and CATL will produce cells elsewhere.", ("Renault", "CATL")),
    ("it", "Stellantis ha perso clienti a favore di BYD.", ("Stellantis", "BYD")),
])
def test_names_the_sentence_keeps_apart_are_left_open(language, text, names):
    # joined as one subject, a speaker, a new clause between, customers lost to a rival
    assert not any(t == "supplies" for t, *_ in _rels(text, names, language))
