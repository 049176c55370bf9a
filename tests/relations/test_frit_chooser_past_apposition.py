"""A customer that chooses its supplier "as supplier", with an apposition naming its owner in between
("Kelda, la società della ricarica controllata da Brixo, ha scelto Almara come fornitore"): the
chooser is the head of the apposition, not the owner inside it; and choosing a supplier is news
(announced), in French and Italian. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda, la società della ricarica controllata da Brixo, ha scelto Almara come fornitore delle colonnine."),
    ("it", "Kelda, controllata da Brixo, ha scelto Almara come fornitore delle colonnine per la rete."),
    ("fr", "Kelda, la filiale de recharge détenue par Brixo, a retenu Almara comme fournisseur de bornes."),
    ("es", "Kelda, la filial de recarga controlada por Brixo, eligió a Almara como proveedor de cargadores."),
])
def test_the_head_of_the_apposition_chose(language, text):
    got = _rels(text, language)
    assert ("supplies", "Almara", "Kelda") in got
    assert ("supplies", "Almara", "Brixo") not in got
    assert got.get(("owns", "Brixo", "Kelda")) == "active"


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda ha scelto Almara come fornitore delle colonnine per la nuova rete."),
    ("it", "Kelda ha selezionato Almara come fornitore delle celle."),
    ("fr", "Kelda a choisi Almara comme fournisseur de bornes pour son réseau."),
])
def test_a_supplier_chosen_is_announced(language, text):
    assert _rels(text, language)[("supplies", "Almara", "Kelda")] == "announced"


def test_a_supplier_chosen_long_ago_is_active():
    assert _rels("Kelda ha scelto già dal 2019 Almara come fornitore delle celle.", "it")[("supplies", "Almara", "Kelda")] == "active"
