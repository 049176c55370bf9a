"""A bare description followed by a verb of belonging or working together is a company named
before ("Il marchio appartiene a Y", "La marca pertenece al grupo Y", "La società collabora con Y"):
coref.py reads a bare noun as a company only before a business verb (cues.SUBJECT_VERBS).
Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("language, text, phrase, company", [
    ("it", "Maserati ha presentato la nuova MC20. Il marchio appartiene a Stellantis.", "Il marchio", "Maserati"),
    ("it", "Pirelli ha chiuso il trimestre. La società collabora con Bosch sui sensori.", "La società", "Pirelli"),
    ("it", "Pirelli ha chiuso il trimestre. L'azienda partecipa al capitale di Camfin.", "L'azienda", "Pirelli"),
    ("es", "SEAT ha presentado sus resultados anuales. La marca pertenece al grupo Volkswagen.", "La marca", "SEAT"),
    ("es", "Gestamp ha presentado sus resultados. La compañía colabora con Ford en chasis.", "La compañía", "Gestamp"),
    ("es", "Repsol ha presentado sus resultados. La empresa participa en Basquevolt.", "La empresa", "Repsol"),
])
def test_bare_description_before_belonging_verb(language, text, phrase, company):
    assert (phrase, company) in corefs(run(text, language))


@pytest.mark.parametrize("language, text", [
    ("it", "Maserati ha presentato la nuova MC20. Il marchio cresce in Cina."),
    ("es", "SEAT ha presentado sus resultados anuales. La marca crece en China."),
])
def test_bare_description_before_another_verb_is_no_reference(language, text):
    assert corefs(run(text, language)) == []
