"""A partner named by its noun in apposition: "Y, X's long-time partner in China,", "X's partners
include Y and Z", "Y, le partenaire chinois de X", "Y, socio de X en China", "Y, el socio chino de
X", "Y, il partner cinese di X"; a reference or majority shareholder ("socio de referencia",
"socio mayoritario") is no partner. Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("partners_with", "joint_venture") else (r.type, r.source, r.target)
            for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Corvalis, Norvik's long-time partner in China, builds the cells."),
    ("en", "Corvalis, Norvik's partner, builds the cells."),
    ("fr", "Corvalis, le partenaire chinois de Norvik, fabrique les cellules."),
    ("es", "Corvalis, socio de Norvik en China, fabrica las celdas."),
    ("es", "Corvalis, el socio chino de Norvik, fabrica las celdas."),
    ("it", "Corvalis, il partner cinese di Norvik, produce le celle."),
])
def test_partner_noun_in_apposition(lang, text):
    assert ("partners_with", "Corvalis", "Norvik") in _rels(text, lang)


def test_partners_include():
    assert {("partners_with", "Corvalis", "Norvik"), ("partners_with", "Norvik", "Tessaro")} <= _rels(
        "Norvik's partners include Corvalis and Tessaro.", "en")


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik's partner network grew."),
    ("es", "Corvalis, el socio de referencia de Norvik, vende acciones."),
    ("es", "Corvalis, socio mayoritario de Norvik, vende acciones."),
])
def test_no_partnership(lang, text):
    assert not any(r[0] == "partners_with" for r in _rels(text, lang))
