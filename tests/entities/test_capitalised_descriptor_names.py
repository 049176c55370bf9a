"""A descriptor noun written with a capital mid-sentence, right before another capitalised word, opens a
company's name ("controllata da Holding Reti Nord", "el Fondo Ibérico de Baterías"): the whole is the name,
not the noun and a name after it. Sentences written for the test."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("La società è controllata da Holding Reti Nord, di cui Enel detiene il 40%.", "it", "Holding Reti Nord"),
        ("La planta es propiedad de Fondo Ibérico Baterías, que invirtió 200 millones.", "es", "Fondo Ibérico Baterías"),
        ("The plant is owned by Fund Nordvik Energy, which bought it from Northvolt last year.", "en",
         "Fund Nordvik Energy"),
        ("L'usine a été rachetée par Holding Vernet Industrie, qui l'a payée 40 millions.", "fr", "Holding Vernet Industrie"),
    ],
)
def test_a_capitalised_descriptor_mid_sentence_opens_a_name(text, language, name):
    doc = run(text, language)
    assert name in [c for _, c in spans(doc, "COMPANY")], spans(doc, "COMPANY")


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("La holding Reti Nord detiene il 40% della società.", "it", "Reti Nord"),  # a lower-case noun: a descriptor
        ("El acuerdo con el fondo Nordvik Energy se cerró ayer.", "es", "Nordvik Energy"),  # a lower-case noun
    ],
)
def test_a_lower_case_descriptor_still_describes(text, language, name):
    doc = run(text, language)
    names = [c for _, c in spans(doc, "COMPANY")]
    assert name in names and not any(c.startswith(("Holding ", "Fondo ")) for c in names), names
