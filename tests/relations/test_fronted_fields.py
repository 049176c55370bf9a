"""A sentence that opens with "in" and a field or market, no comma, before its subject ("Nella mobilità
elettrica X collabora con Y"): the preposition governs the field, so the name after it is the clause's
subject, not an oblique (fronted_fields.py); invented sentences, the full pipeline, Italian, Spanish and
French. An "in" that governs the name itself keeps it."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, text, pair", [
    ("it", "Nella mobilità elettrica Brembo collabora da tre anni con Ducati.", ("Brembo", "Ducati")),
    ("it", "Nel comparto ferroviario Hitachi Rail lavora dal 2020 con Alstom.", ("Hitachi Rail", "Alstom")),
    ("es", "En el negocio de los autobuses CAF colabora desde 2022 con Siemens.", ("CAF", "Siemens")),
    ("fr", "Dans les utilitaires électriques Valeo collabore depuis 2021 avec Renault.", ("Valeo", "Renault")),
])
def test_a_fronted_field_leaves_the_subject_a_partner(language, text, pair):
    found = rels(text, language)
    assert any(t == "partners_with" and {s, d} == set(pair) for t, s, d in found), found


@pytest.mark.parametrize("language, text, pair", [
    ("it", "Nel settore ferroviario Hitachi Rail rifornisce Trenitalia di batterie.", ("Hitachi Rail", "Trenitalia")),
    ("es", "En el negocio ferroviario CAF suministra baterías a Renfe.", ("CAF", "Renfe")),
])
def test_a_fronted_field_leaves_the_subject_a_supplier(language, text, pair):
    assert ("supplies",) + pair in rels(text, language)


def test_an_in_that_governs_the_name_itself_is_kept():
    # "in Brembo": the stake is in the company named after the preposition, not held by it
    found = rels("Nella torinese Brembo ha investito Camfin, con il 10%.", "it")
    assert not any(s == "Brembo" and t in ("invests_in", "owns", "acquires") for t, s, _d in found), found
