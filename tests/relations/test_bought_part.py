"""A part of a company bought is not the company bought (relations/bought_part.py): "Korvan buys
Maltrix's battery division" buys no Maltrix; "Lumen, the former division of Maltrix, which Ostero
bought" - the relative points back to the division, Lumen is bought. Sentences written for these
tests with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc, rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _acq(text, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t == "acquires"}


@pytest.mark.parametrize("text", [
    "Korvan completes takeover of Maltrix's industrial battery arm.",
    "Korvan agreed to buy Maltrix's battery division for 2 billion.",
    "Korvan will acquire Maltrix's European operations.",
])
def test_a_possessed_part_bought_buys_no_company(text):
    assert ("Korvan", "Maltrix") not in _acq(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Korvan is the former battery division of Maltrix, which the Chinese group Ostero bought in 2018.", "en"),
    ("Korvan es la antigua división de baterías de Maltrix, que el grupo chino Ostero compró en 2018.", "es"),
    ("Korvan est l'ancienne division batteries de Maltrix, que le groupe chinois Ostero a rachetée en 2018.", "fr"),
    ("Korvan è l'ex divisione batterie di Maltrix, che il gruppo cinese Ostero ha comprato nel 2018.", "it"),
])
def test_the_relative_after_a_part_of_points_to_the_part(text, language):
    got = _acq(text, language)
    assert ("Ostero", "Korvan") in got and ("Ostero", "Maltrix") not in got


@pytest.mark.parametrize("text,language,expected", [
    ("Korvan agreed to buy Maltrix.", "en", ("Korvan", "Maltrix")),
    ("Korvan agreed to buy Ostero, a rival of Maltrix.", "en", ("Korvan", "Ostero")),
    ("Maltrix, which Ostero bought in 2018, makes cells.", "en", ("Ostero", "Maltrix")),
])
def test_a_company_bought_stays(text, language, expected):
    assert expected in _acq(text, language)


@pytest.mark.parametrize("lang,text", [
    ("en", "Lumen, the former battery unit of Maltrix acquired by Korvan in 2019, makes cells."),
    ("fr", "Lumen, l'ancienne division batteries de Maltrix absorbée par Korvan en 2019, fabrique des cellules."),
    ("it", "Lumen, l'ex divisione batterie di Maltrix assorbita da Korvan nel 2019, produce celle."),
    ("es", "Lumen, la antigua división de baterías de Maltrix absorbida por Korvan en 2019, fabrica celdas."),
])
def test_participle_after_the_seller_agrees_with_the_part(lang, text):
    """The participle and its agent right after "the former division of Maltrix" tell of the division."""
    doc = RelationExtractor()(make_doc(text, ["Lumen", "Maltrix", "Korvan"], language=lang))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("acquires", "Korvan", "Lumen") in got and ("acquires", "Korvan", "Maltrix") not in got
