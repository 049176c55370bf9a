"""Unknown companies named where an ownership passive or a taking of control says what they are
(entities/owned_names.py and cues.OBJECT_CUES): "Beta (acquired by Gamma in 2011)", "Beta is
controlled by Gamma", "took full control of Beta", in the five languages. Sentences and companies are
made up for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> set[str]:
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"}


@pytest.mark.parametrize("language, text, name", [
    ("en", "Quillmark Freight (acquired by Tormund Holdings in 2011) runs forty depots.", "Quillmark Freight"),
    ("en", "Quillmark Freight has been owned by Tormund Holdings since 2012.", "Quillmark Freight"),
    ("en", "Quillmark Freight is controlled by Tormund Holdings.", "Quillmark Freight"),
    ("en", "Quillmark Freight, now wholly owned by Tormund Holdings, runs forty depots.", "Quillmark Freight"),
    ("it", "Quillmark Trasporti è controllata da Tormund Holding.", "Quillmark Trasporti"),
    ("it", "Quillmark Trasporti (rilevata da Tormund Holding nel 2011) gestisce quaranta depositi.", "Quillmark Trasporti"),
    ("fr", "Quillmark Transports est détenue par Tormund Holding.", "Quillmark Transports"),
    ("fr", "Quillmark Transports (rachetée par Tormund Holding en 2011) exploite quarante dépôts.", "Quillmark Transports"),
    ("es", "Quillmark Transportes está controlada por Tormund Holding.", "Quillmark Transportes"),
    ("es", "Quillmark Transportes (adquirida por Tormund Holding en 2011) gestiona cuarenta almacenes.", "Quillmark Transportes"),
    ("de", "Quillmark Logistik wurde 2011 von Tormund Holding übernommen.", "Quillmark Logistik"),
])
def test_what_is_owned_is_a_company(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Tormund Holdings took full control of Quillmark Freight last year.", "Quillmark Freight"),
    ("en", "Tormund Holdings divested Quillmark Freight in 2019.", "Quillmark Freight"),
    ("it", "Tormund Holding ha preso il controllo di Quillmark Trasporti.", "Quillmark Trasporti"),
    ("fr", "Tormund Holding a pris le contrôle de Quillmark Transports.", "Quillmark Transports"),
    ("es", "Tormund Holding tomó el control de Quillmark Transportes.", "Quillmark Transportes"),
    ("de", "Tormund Holding übernimmt die Kontrolle über Quillmark Logistik.", "Quillmark Logistik"),
])
def test_what_is_taken_over_is_a_company(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize("language, text, word", [
    # a bare participle after a name, with nothing between, is left to the other cues
    ("en", "The Ohio plant, owned by Tormund Holdings, makes valves.", "Ohio"),
    # a name that only says whose something is
    ("it", "Lo stabilimento di Melfi, controllato da Tormund Holding, produce valvole.", "Melfi"),
    # a name after "de" / "of" is the town the noun before it is from, however many words it has
    ("fr", "L'éditeur de Rueil-Malmaison, contrôlé par Tormund Holding, emploie 900 personnes.", "Rueil"),
    ("en", "The supplier of Grand Rapids, controlled by Tormund Holdings, employs 900 people.", "Grand Rapids"),
])
def test_no_company_from_a_place(language, text, word):
    assert not any(word in c for c in companies(text, language))
