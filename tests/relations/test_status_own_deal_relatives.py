"""A relative clause whose subject is a deal's noun, after the tie's party ("Y, whose contract ran out",
"Y, dont le contrat est arrivé à échéance", "Y, il cui contratto è scaduto", "Y, cuyo contrato expiró"),
tells of the tie with that party: its end is the tie's end, not a matter of the relative's own. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Kelvar achetait jusqu'à présent ses cellules chez Brixo, dont le contrat est arrivé à échéance en décembre."),
    ("en", "Kelvar sourced its cells from Brixo, whose contract ran out in December."),
    ("it", "Kelvar si riforniva di celle da Brixo, il cui contratto è scaduto a dicembre."),
    ("es", "Kelvar compraba las celdas a Brixo, cuyo contrato expiró en diciembre."),
])
def test_the_end_of_the_partys_own_contract_ends_the_tie(language, text):
    assert _rels(text, language)[("supplies", "Brixo", "Kelvar")] == "ended"


def test_a_relative_of_another_matter_keeps_its_own():
    text = "Kelvar supplies cells to Brixo, which ended its talks with a rival in March."
    assert _rels(text, "en")[("supplies", "Kelvar", "Brixo")] == "active"
