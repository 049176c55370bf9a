"""The office of a court officer named for the officer ("la administración concursal de X", "die
Insolvenzverwaltung von X", "l'amministrazione straordinaria di X", "l'administration judiciaire de X",
"the bankruptcy estate of X") sells for X: X owned the unit sold. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text,owned", [
    ("es", "La administración concursal de Norvik ha acordado vender su filial Brixo, propietaria de la gigafactoría, a la estadounidense Kelda.", "active"),
    ("de", "Die Insolvenzverwaltung von Norvik hat die Tochter Brixo an Kelda verkauft.", "ended"),
    ("it", "L'amministrazione straordinaria di Norvik ha ceduto la controllata Brixo a Kelda.", "ended"),
    ("fr", "L'administration judiciaire de Norvik a accepté de céder sa filiale Brixo à Kelda.", "active"),
    ("en", "The bankruptcy estate of Norvik agreed to sell its unit Brixo to Kelda.", "active"),
])
def test_office_of_the_officer_sells_for_the_company(lang, text, owned):
    rels = _rels(text, lang)
    assert ("owns", "Norvik", "Brixo", owned) in rels
    assert {r for r in rels if r[0] == "acquires" and r[1] == "Kelda" and r[2] == "Brixo"}
