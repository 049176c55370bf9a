"""Goods a customer fits, told with their maker right after them: the maker supplies the customer
(relations/fitted_makers.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Dorvik", "Sannel"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Les commandes viennent surtout de Dorvik, qui monte des batteries de Sannel sur ses tracteurs.", "fr"),
    ("Tra i clienti c'è Dorvik, che da due anni monta i freni Sannel sui suoi autobus.", "it"),
    ("Tra i clienti c'è Dorvik, che monta batterie al litio di Sannel sui suoi carrelli.", "it"),
    ("El mayor cliente es Dorvik, que monta baterías de Sannel en sus tractores.", "es"),
    ("In Linz verbaut Dorvik Batterien von Sannel.", "de"),
    ("Dorvik fits batteries of Sannel to its tractors.", "en"),
])
def test_the_maker_of_the_fitted_goods_supplies(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == [("Sannel", "Dorvik")]


@pytest.mark.parametrize("text, language", [
    ("Dorvik nutzt in seinem Werk die LFP-Technik von Sannel.", "de"),
    ("Dorvik usa la piattaforma elettrica di Sannel per due modelli.", "it"),
    ("Dorvik utilise la technologie de Sannel pour ses batteries.", "fr"),
])
def test_a_technology_or_a_platform_is_no_goods(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == []


@pytest.mark.parametrize("text, language", [
    ("Dorvik monte les freins Sannel sur deux prototypes d'essai.", "fr"),
    ("Dorvik monta i freni Sannel su due prototipi in fase di test.", "it"),
    ("Dorvik monta los frenos Sannel en un vehículo de pruebas.", "es"),
])
def test_goods_on_trial_tell_no_supply(text, language):
    assert _supplies(rels(text, NAMES, language=language)) == []


@pytest.mark.parametrize("text, language", [
    ("Dorvik monte les batteries de Sannel sur ses tracteurs.", "fr"),
    ("Dorvik monta las baterías de Sannel en sus tractores.", "es"),
])
def test_goods_with_an_article_before_their_owner_stay_open(text, language):
    # "les batteries de Sannel" may be Sannel's own, not made by it: the frames' rule
    assert _supplies(rels(text, NAMES, language=language)) == []
