"""A name opening a sentence before an apposition that calls it a joint venture of its owners ("Velmora,
the joint venture of A and B, ...", "Velmora, la coentreprise de A et B", "Velmora, das
Gemeinschaftsunternehmen von A und B") is that venture, a company (names._venture_of), and so is an
ambiguous known name so introduced (known._introduced). A place whose apposition only passes through a
venture is not. Sentences and companies invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.entities.known import _introduced
from tierscope.entities.matcher import tokenize


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Velmora, the joint venture of Ortigas and Brenvik, makes cells in Lens.", "en"),
        ("Velmora, das Gemeinschaftsunternehmen von Ortigas und Brenvik, produziert in Lens.", "de"),
        ("Velmora, la coentreprise de Ortigas et Brenvik, produit à Lens.", "fr"),
        ("Velmora, la joint venture di Ortigas e Brenvik, produce a Termoli.", "it"),
        ("Velmora, la empresa conjunta de Ortigas y Brenvik, produce en Zaragoza.", "es"),
    ],
)
def test_a_venture_apposition_names_the_venture(text, lang):
    assert "Velmora" in companies(text, lang)


def test_a_place_before_a_venture_is_no_company():
    assert "Zaragoza" not in companies("Zaragoza, la sede de la empresa conjunta de Ortigas, crece.", "es")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("VLM, das Gemeinschaftsunternehmen von Ortigas und Brenvik, produziert in Lens.", "de"),
        ("VLM, la coentreprise de Ortigas et Brenvik, produit à Lens.", "fr"),
    ],
)
def test_an_ambiguous_name_introduced_as_a_venture(text, lang):
    assert _introduced(tokenize(text, 0, len(text)), 0, 1, lang)
