"""Reports and their denials across sentences. A reported deal (rumoured) is denied by the next
sentence's denial when it names no other company, even where it names nothing ("Esa información es
falsa."), and past an interviewer's question ("È così?"). New denial words: "not accurate", "ne sommes
pas en discussion", "non è vera", "fue rechazada". A relative clause on a noun in apposition after the
report tells a fact of its own ("..., la productora que Z compró en 2024"): the report does not cover
it. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("es", "Un diario publicó que Almara estaría estudiando una oferta por Brixo. Esa información es falsa, dijo un portavoz."),
    ("en", "A newsletter reported that Almara would buy Brixo. A spokeswoman said the report was not accurate."),
    ("it", "Si è scritto che Almara sarebbe vicina a rilevare Brixo. È così? «No, non c'è nessuna trattativa»."),
    ("fr", "Selon la presse, Almara préparerait une offre sur Brixo. « Nous ne sommes pas en discussion », a indiqué le groupe."),
])
def test_a_report_then_a_denial_is_denied(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] == "denied"


def test_a_denial_of_another_company_leaves_the_report():
    text = "A newsletter reported that Almara would buy Brixo. Kelda denied that it was in talks with Dorvan."
    got = _rels(text, "en", names=("Almara", "Brixo", "Kelda", "Dorvan"))
    assert got[("acquires", "Almara", "Brixo")] == "rumoured"


@pytest.mark.parametrize("language,text", [
    ("es", "Medios publicaron que Kelda estaría estudiando una oferta por Brixo, la productora que Almara compró a comienzos de este año."),
    ("fr", "Selon la presse, Kelda préparerait une offre sur Brixo, le fabricant que Almara a racheté en 2023."),
    ("en", "According to people familiar with the matter, Kelda is weighing a bid for Brixo, the recycler that Almara bought in 2023."),
])
def test_a_past_fact_in_a_relative_is_not_the_report(language, text):
    got = _rels(text, language)
    assert got[("acquires", "Almara", "Brixo")] == "active"
    assert got[("acquires", "Kelda", "Brixo")] == "rumoured"


@pytest.mark.parametrize("language,text", [
    ("es", "Según fuentes del sector, Kelda negocia con Brixo, la empresa que Almara compraría este año."),
    ("en", "According to people familiar with the matter, Almara would buy Brixo, the recycler that Kelda founded."),
])
def test_a_relative_the_report_tells_stays_rumoured(language, text):
    assert _rels(text, language)[("acquires", "Almara", "Brixo")] == "rumoured"
