"""A contract lost with a named customer: the one who loses it supplied, and the tie ended ("Kestrel
lost its seat contract with Brixo", "a perdu le contrat qui le liait à Brixo", "ha perso il
contratto con Brixo", "perdió el contrato con Brixo", "verlor den Liefervertrag mit Brixo"). Where
the gazetteer's chain knows both, it decides who supplied ("Tesla lost its battery contract with LG
Energy Solution"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang, **kw):
    return sorted((t[1], t[2], t[3]) for t in triples(rels(sentence, companies, language=lang, **kw)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel lost its seat contract with Brixo last year."),
    ("en", "Kestrel lost the contract with Brixo."),
    ("fr", "Le câblier Kestrel a perdu le contrat de faisceaux qui le liait à Brixo."),
    ("fr", "Kestrel a perdu son contrat avec Brixo."),
    ("it", "Kestrel ha perso il contratto dei sedili con Brixo."),
    ("es", "Kestrel perdió el contrato de asientos con Brixo."),
    ("es", "La minera Kestrel perdió el contrato con Brixo, que expiró en junio."),
    ("de", "Kestrel verlor den Liefervertrag mit Brixo."),
    ("de", "Kestrel hat den Auftrag von Brixo verloren."),
])
def test_the_one_who_lost_the_contract_supplied(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Brixo"], lang) == [("Kestrel", "Brixo", "ended")]


def test_the_chain_decides_who_supplied():
    sectors = {"Brixo": ["carmaker"], "Kestrel": ["battery_cells"]}
    got = supplies("Brixo lost its battery contract with Kestrel.", ["Kestrel", "Brixo"], "en", sectors=sectors)
    assert got == [("Kestrel", "Brixo", "ended")]


@pytest.mark.parametrize("sentence", [
    # an order lost to a rival: the rival supplies, not the loser
    "Kestrel lost an order from Brixo to Almara.",
])
def test_an_order_lost_to_a_rival(sentence):
    assert ("Kestrel", "Brixo", "ended") not in supplies(sentence, ["Kestrel", "Brixo", "Almara"], "en")
