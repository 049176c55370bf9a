"""A sentence telling one deal or party taking the place of another ("Da gennaio il contratto con Northvolt prende il
posto di quello stipulato con BASF") names the old and the new counterpart of a third company: the gazetteer's chain reads
no supply between them (relations/chain_supply.py, _REPLACES). Real companies (the chain reads the
gazetteer's sectors), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations.chain_supply import _REPLACES

from .helpers import rels


def _supplies(text, language):
    return [(r.source, r.target) for r in rels(text, ["BASF", "Northvolt"], language=language) if r.type == "supplies"]


@pytest.mark.parametrize("text, language", [
    ("Depuis janvier, le contrat avec Northvolt prend la place de celui conclu il y a des années avec BASF.", "fr"),
    ("Da gennaio il contratto con Northvolt prende il posto di quello stipulato anni fa con BASF.", "it"),
])
def test_no_chain_supply_between_the_old_and_the_new_counterpart(text, language):
    assert _supplies(text, language) == []


def test_a_contract_between_the_two_still_directed_by_the_chain():
    assert _supplies("Il contratto di BASF con Northvolt per i catodi è scaduto a fine 2025.", "it") == [("BASF", "Northvolt")]


@pytest.mark.parametrize("words", [
    "in effect takes the place of", "replaces the one with", "prend de fait la place de", "remplace celui",
    "prende in pratica il posto di", "sostituisce quello", "ocupa de hecho el lugar del", "sustituye al",
    "tritt an die Stelle des", "ersetzt den Vertrag",
])
def test_the_replacement_words_of_the_five_languages(words):
    assert _REPLACES.search(words) is not None
