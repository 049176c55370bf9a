"""Talks about goods with no verb of supplying (relations/talks_goods.py): a partner sought as "a
second source" would supply the subject; talks about a supply noun, a contract or goods leave the
direction to the chain (a cell maker or miner sells up). Made-up companies with gazetteer sectors."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Tessaro"]
_S = {"Korvan": ["carmaker"], "Maltrix": ["battery cell maker"], "Delvo": ["lithium miner"], "Tessaro": ["carmaker"]}


def _found(sentence, language):
    return {(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language, sectors=_S))}


@pytest.mark.parametrize("sentence, language, status", [
    ("Korvan is also in talks with Maltrix about a second source of LFP cells.", "en", "in_talks"),
    ("Korvan négociait aussi avec Maltrix pour une deuxième source de cellules, selon le quotidien Les Echos.", "fr", "rumoured"),
    ("Ein Sprecher bestätigte, Korvan führe Gespräche mit Maltrix über zusätzliche Zellen.", "de", "in_talks"),
    ("Korvan negocia con Maltrix el suministro de celdas para su nuevo utilitario.", "es", "in_talks"),
    ("Secondo fonti vicine al dossier, Korvan sarebbe in trattative con Maltrix per un terzo contratto.", "it", "rumoured"),
])
def test_talks_about_goods_make_the_lower_tier_the_supplier(sentence, language, status):
    assert ("supplies", "Maltrix", "Korvan", status) in _found(sentence, language)


def test_a_miner_in_talks_about_a_supply_of_concentrate_sells():
    found = _found("Maltrix sarebbe in trattative con Delvo per una fornitura di concentrato a lungo termine.", "it")
    assert ("supplies", "Delvo", "Maltrix", "rumoured") in found


@pytest.mark.parametrize("sentence, language", [
    # two carmakers: the chain cannot tell
    ("Korvan is in talks with Tessaro about a new contract for cells.", "en"),
    # development work on a test vehicle is no supply
    ("Maltrix mantiene conversaciones con Korvan para integrar sus celdas en un vehículo de pruebas.", "es"),
    # talks about nothing of goods
    ("Korvan discute aussi avec Maltrix de l'avenir du site de Douai.", "fr"),
])
def test_talks_without_goods_or_chain_are_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d, _st in _found(sentence, language))


# talks to make vehicles or goods for the partner (contract manufacturing in talks)
@pytest.mark.parametrize("sentence, language, maker, customer", [
    ("Korvan ha confermato di essere in trattativa con Tessaro per produrre nel suo stabilimento un secondo modello.", "it", "Korvan", "Tessaro"),
    ("Korvan mantiene conversaciones con Tessaro para fabricarle un modelo eléctrico compacto.", "es", "Korvan", "Tessaro"),
    ("Tessaro mantiene conversaciones con Korvan para que el grupo le fabrique por encargo un modelo eléctrico.", "es", "Korvan", "Tessaro"),
    ("Selon plusieurs élus, Maltrix serait en discussions avec Korvan pour assembler sur place les faisceaux.", "fr", "Maltrix", "Korvan"),
    ("Tessaro bestätigte Verhandlungen mit Maltrix über die Montage eines Kompakt-SUV in Graz.", "de", "Maltrix", "Tessaro"),
    ("Korvan is in talks with Maltrix about the assembly of its compact model in Europe.", "en", "Maltrix", "Korvan"),
])
def test_talks_to_make_goods_for_the_partner(sentence, language, maker, customer):
    assert any(t == "supplies" and (s, d) == (maker, customer) for t, s, d, _st in _found(sentence, language))


@pytest.mark.parametrize("sentence, language", [
    ("Korvan is in talks with Tessaro to build a plant in Spain.", "en"),
    ("Korvan est en discussions avec Tessaro pour construire une usine commune.", "fr"),
])
def test_talks_to_build_a_plant_are_no_supply(sentence, language):
    assert not any(t == "supplies" for t, _s, _d, _st in _found(sentence, language))
