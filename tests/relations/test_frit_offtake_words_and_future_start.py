"""French offtake words of the producer ("ses contrats d'écoulement avec Y", "un contrat d'enlèvement
avec Y": the producer sells), and a deal that takes effect later ("entreraient en vigueur dès la
première production", "entrerà in vigore nel 2027"): announced, even when named as the subject's own.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kelda a signé un contrat d'enlèvement avec Almara portant sur 10 000 tonnes par an.",
    "Kelda a signé un contrat d'écoulement de graphite avec Almara.",
    "Kelda a conclu des accords d'écoulement avec Almara pour sa production de 2027.",
])
def test_the_producer_of_an_offtake_supplies(text):
    assert _rels(text, "fr")[("supplies", "Kelda", "Almara")] == "announced"


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda a confirmé que ses contrats d'écoulement avec Almara et avec Brixo entreraient en vigueur dès la première production."),
    ("fr", "Le contrat de fourniture de Kelda avec Almara prendra effet en 2027."),
    ("it", "Kelda ha chiuso con Almara un accordo decennale per l'acquisto di elettricità, che entrerà in vigore con l'avvio della produzione."),
])
def test_a_deal_taking_effect_later_is_announced(language, text):
    got = _rels(text, language)
    assert got and all(v == "announced" for k, v in got.items() if k[0] == "supplies")


def test_a_deal_in_force_is_active():
    got = _rels("Il contratto di fornitura tra Kelda e Almara è in vigore dal 2021.", "it")
    assert all(v == "active" for k, v in got.items() if k[0] == "supplies")
