"""A new contract concluded or closed is signed, not in effect ("a conclu un nouveau contrat
d'approvisionnement", "ha concluso un nuovo contratto", "ha cerrado un nuevo contrato", "has closed a new
supply contract", "hat einen neuen Liefervertrag abgeschlossen"): announced, an adjective between the
article and the noun or not; a takeover concluded is done. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _supply_status(text, language):
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Kelda"], language=language))
    return {r.status for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("language,text", [
    ("fr", "Brixo a conclu un nouveau contrat d'approvisionnement avec Kelda."),
    ("fr", "Brixo a conclu un important contrat avec Kelda pour la livraison de cellules."),
    ("it", "Brixo ha concluso un nuovo contratto di fornitura con Kelda."),
    ("es", "Brixo ha cerrado un nuevo contrato de suministro con Kelda."),
    ("en", "Brixo has closed a new supply contract with Kelda."),
    ("de", "Brixo hat einen neuen Liefervertrag mit Kelda abgeschlossen."),
])
def test_a_new_contract_concluded_is_announced(language, text):
    assert _supply_status(text, language) == {"announced"}


def test_a_takeover_concluded_is_done():
    doc = RelationExtractor()(make_doc("Brixo a conclu le rachat de Kelda.", ["Brixo", "Kelda"], language="fr"))
    assert {(r.type, r.status) for r in doc.relations} == {("acquires", "active")}
