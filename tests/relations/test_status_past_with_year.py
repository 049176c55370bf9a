"""A past tense with its year is done, though a year alone after a deal's verb often reads as a date to
come ("a pris en 2023 une participation dans Y", "tomó en 2023 una participación", "le groupe né en 2022
du rachat de Y par X", "nato nel 2022 dall'acquisizione"); a future with its year stays to come.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Korvan", "Maltrix"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text,typ", [
    ("fr", "Korvan a ainsi pris en 2023 une participation minoritaire dans Maltrix.", "invests_in"),
    ("es", "Korvan tomó en 2023 una participación minoritaria en Maltrix.", "invests_in"),
    ("fr", "La cession intervient après des années agitées pour le groupe né en 2022 du rachat de Maltrix par Korvan.", "acquires"),
    ("es", "Es el grupo nacido en 2022 de la compra de Maltrix por Korvan.", "acquires"),
    ("it", "È il gruppo nato nel 2022 dall'acquisizione di Maltrix da parte di Korvan.", "acquires"),
])
def test_a_past_with_its_year_is_done(language, text, typ):
    assert _rels(text, language)[(typ, "Korvan", "Maltrix")] == "active"


@pytest.mark.parametrize("language,text", [
    ("fr", "Korvan prendra en 2027 une participation minoritaire dans Maltrix."),
    ("es", "Korvan tomará en 2027 una participación minoritaria en Maltrix."),
])
def test_a_future_with_its_year_is_to_come(language, text):
    assert _rels(text, language)[("invests_in", "Korvan", "Maltrix")] == "announced"
