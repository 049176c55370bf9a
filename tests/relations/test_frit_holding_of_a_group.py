"""French and Italian: a company in apposition as a group's holding ("Almara, la holding dei veicoli
pesanti del gruppo Brixo", "la holding des poids lourds du groupe Brixo") is owned by the group, as
"la controllata del gruppo" and "la filiale du groupe" are. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo", "Kelda"], language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("it", "Almara, la holding dei veicoli pesanti del gruppo Brixo, ha chiuso il bilancio."),
    ("it", "Kelda, controllata da Almara, la holding dei veicoli pesanti del gruppo Brixo, ha comprato celle."),
    ("it", "Almara, la holding del gruppo Brixo, ha chiuso il bilancio."),
    ("fr", "Almara, la holding des poids lourds du groupe Brixo, a publié ses comptes."),
])
def test_the_holding_of_a_group_is_owned_by_it(language, text):
    assert _rels(text, language).get(("owns", "Brixo", "Almara")) == "active"


@pytest.mark.parametrize("language,text", [
    # a holding named by its owners' family, no company
    ("it", "Almara, la holding di famiglia, ha chiuso il bilancio con Brixo."),
    ("fr", "Almara, la holding familiale, a signé avec Brixo."),
])
def test_no_owner_without_a_company_after_of(language, text):
    assert ("owns", "Brixo", "Almara") not in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("it", "Almara, la holding di famiglia che di Brixo è il primo azionista, aderirà all'offerta."),
    ("fr", "Almara, la holding familiale qui de Brixo est le premier actionnaire, apportera ses titres."),
])
def test_a_relative_after_the_noun_speaks_of_its_own_company(language, text):
    assert ("owns", "Brixo", "Almara") not in _rels(text, language)
