"""A region right after a company's name found by its position ends that name in the Romance languages
("trattative con Varenna Piemonte", "Ortuño Galicia"), as a country does ("Helvetia Österreich"): local
utilities, recyclers and units are named so. Not in German, where a capitalised noun before a region is a
noun ("der Provinz Ontario"), nor after "in" ("Varenna Batterie in Piemonte"). Invented companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Abbiamo firmato un contratto con Varenna Piemonte per la fornitura.", "Varenna Piemonte"),
    ("it", "Non ci sono trattative con Orsaldi Lombardia e non ce ne saranno.", "Orsaldi Lombardia"),
    ("es", "Las conversaciones con Ortuño Galicia han terminado.", "Ortuño Galicia"),
])
def test_a_region_ends_the_name(lang, text, name):
    assert name in companies(text, lang)


@pytest.mark.parametrize("lang, text, bad", [
    ("it", "Le celle arrivano da Varenna Batterie in Piemonte.", "Varenna Batterie in Piemonte"),
    ("de", "Der Zuschuss der Provinz Ontario für Brixo Cells steht.", "Provinz Ontario"),
])
def test_a_place_after_a_preposition_or_a_german_noun_is_no_name(lang, text, bad):
    assert bad not in companies(text, lang)
