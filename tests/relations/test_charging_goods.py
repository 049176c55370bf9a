"""Chargers and charging networks as goods: a maker that equips a company's charging network, or
whose chargers a company's stations get, supplies that company; a cooperation to equip sites is a
partnership. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]
_S = {"Korvan": ["truck maker"], "Maltrix": ["energy utility"]}


def _found(sentence, language, sectors=None):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, sectors=sectors))}


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix already equips Korvan's charging network along the motorways.", "en"),
    ("Maltrix équipe déjà le réseau de Korvan sur les autoroutes.", "fr"),
    ("Maltrix equipaggia già la rete di Korvan lungo le autostrade.", "it"),
    ("Maltrix stattet das Schnellladenetz von Korvan seit 2023 aus.", "de"),
    ("Les bornes des aires de Korvan seront fournies par Maltrix à partir de 2026.", "fr"),
    ("Maltrix provides the chargers at most of the hubs Korvan runs.", "en"),
])
def test_maker_of_a_networks_chargers_supplies_its_owner(sentence, language):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan a signé avec Maltrix un accord de coopération pour équiper les dépôts de ses clients de bornes rapides.", "fr"),
    ("Korvan signed a cooperation agreement with Maltrix on battery cells.", "en"),
])
def test_cooperation_to_equip_is_a_partnership(sentence, language):
    found = _found(sentence, language, _S)
    assert not any(t == "supplies" for t, _s, _d in found)
    assert any(t == "partners_with" for t, _s, _d in found)
