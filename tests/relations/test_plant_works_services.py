"""A service of the plant given to a contractor ("Inbound logistics has been entrusted to Y", "La logistique
amont, elle, a été confiée à Y", "La logistica è stata affidata a Y", "El transporte se ha adjudicado a Y"):
the contractor supplies the company the story names most, as a builder does (plant_works._SERVICES).
Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import story_supplies

_SECTORS = {"Maltrix": ["battery_cells"], "Grovell": ["logistics"], "Korvan": ["carmaker"]}


def _supplies(text, language):
    return story_supplies(text, language, _SECTORS)


@pytest.mark.parametrize("language, text", [
    ("en", "Inbound logistics has been entrusted to Grovell, which runs a depot nearby."),
    ("fr", "La maintenance, elle, sera confiée à Grovell dès l'ouverture."),
    ("fr", "Le transport, lui, est attribué à Grovell pour cinq ans."),
    # (a masculine service takes "lui", a plural "eux"; Spanish "encomendado", "confiado" reach the pattern)
    ("fr", "Le nettoyage, lui, est confié à Grovell."),
    ("es", "El mantenimiento ha sido encomendado a Grovell, que tiene un taller cercano."),
    ("es", "La limpieza fue confiada a Grovell."),
    # (two services joined take the plural of every tense)
    ("it", "La sicurezza e la pulizia sono state affidate a Grovell."),
    ("es", "El transporte y la limpieza se han adjudicado a Grovell."),
    ("fr", "Le transport et la maintenance seront confiés à Grovell."),
    ("it", "La logistica è stata affidata a Grovell, che ha un deposito vicino."),
    ("es", "El transporte se ha adjudicado a Grovell, que tiene un almacén cercano."),
])
def test_a_service_given_to_a_contractor_is_a_supply_to_the_story_company(language, text):
    assert ("Grovell", "Maltrix") in _supplies(text, language)


def test_a_service_given_by_a_named_company_is_not_the_story_company():
    assert ("Grovell", "Maltrix") not in _supplies("Logistics has been entrusted to Grovell by Korvan.", "en")
