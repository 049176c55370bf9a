"""A customer that entrusts work to the clause subject through a dative clitic in a relative ("Kelda
assure le recyclage d'Almara, qui lui a confié ce service", "Kelda gestisce la logistica di Almara, che
gli ha affidato il servizio"): the subject supplies the antecedent. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Corvo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelda assure le recyclage des rebuts d'Almara, la coentreprise de Brixo et Corvo, qui lui a confié ce service dans le cadre d'un contrat pluriannuel."),
    ("fr", "Kelda assure la maintenance des bornes d'Almara, qui lui a confié ce marché en 2023."),
    ("it", "Kelda gestisce la logistica di Almara, che gli ha affidato il servizio nel 2023."),
    ("it", "Kelda produce i moduli per Almara, che le ha affidato la fornitura fino al 2030."),
])
def test_the_clitic_is_the_supplier_the_antecedent_the_customer(language, text):
    got = _rels(text, language)
    assert ("supplies", "Kelda", "Almara") in got
    assert ("supplies", "Almara", "Kelda") not in got


@pytest.mark.parametrize("language,text", [
    # no relative: the clitic's company is not named here
    ("fr", "Kelda lui a confié ses comptes, selon Almara."),
    ("it", "Almara gli ha affidato la gestione, secondo Kelda."),
])
def test_no_supply_without_the_relative(language, text):
    assert not any(k[0] == "supplies" for k in _rels(text, language))
