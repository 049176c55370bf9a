"""A contract not carried on at its end ("n'a pas été reconduit", "non è stato prorogato", "no fue
prorrogado", "expired and was not extended", "wurde nicht erneuert"): the tie is over. Invented companies
and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.status import cue_spans

from .helpers import make_doc


def _rels(text, language, names=("Kelda", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Le contrat de fourniture entre Kelda et Brixo n'a pas été reconduit."),
    ("it", "Il contratto di fornitura tra Kelda e Brixo non è stato prorogato."),
    ("de", "Der Liefervertrag zwischen Kelda und Brixo lief aus und wurde nicht erneuert."),
])
def test_a_contract_not_carried_on_is_ended(language, text):
    assert _rels(text, language)[("supplies", "Kelda", "Brixo")] == "ended"


@pytest.mark.parametrize("language,text", [
    ("es", "El contrato no fue prorrogado al vencer."),
    ("en", "The contract expired and was not extended."),
    ("fr", "L'accord ne sera pas reconduit, il n'a pas été prorogé."),
])
def test_the_end_cue_reads_it(language, text):
    assert cue_spans(compiled(language), text, "ended")


@pytest.mark.parametrize("language,text", [
    ("fr", "Le contrat a été reconduit pour cinq ans."),
    ("it", "Il contratto è stato prorogato di due anni."),
    ("de", "Der Vertrag wurde erneuert."),
])
def test_a_contract_carried_on_is_no_end(language, text):
    assert not cue_spans(compiled(language), text, "ended")
