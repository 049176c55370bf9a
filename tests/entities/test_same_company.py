""""The same company" (entities/same_company.py) is the company named last before it, in its sentence or
the one before; not where two companies are said to belong to the same group. Real companies, sentences
written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _resolved(doc, words):
    return [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.text.casefold() == words.casefold()]


@pytest.mark.parametrize("language, text, words", [
    ("en", "Lear supplies the seats from its plant in Saltillo. The same company also supplies cables to Ford.",
     "The same company"),
    ("es", "Lear entrega los asientos desde su planta de Saltillo. La misma empresa suministra además cables a Ford.",
     "La misma empresa"),
    ("it", "Lear consegna i sedili dal suo stabilimento di Saltillo. La stessa società fornisce anche i cavi a Ford.",
     "La stessa società"),
    ("fr", "Lear livre les sièges depuis son usine de Saltillo. La même société fournit aussi des câbles à Ford.",
     "La même société"),
    ("de", "Lear liefert die Sitze aus seinem Werk in Saltillo. Dasselbe Unternehmen beliefert auch Ford mit Kabeln.",
     "Dasselbe Unternehmen"),
])
def test_the_same_company_is_the_one_named_last(language, text, words):
    doc = _RX(run(text, language))
    assert _resolved(doc, words) == ["Lear"]
    assert ("supplies", "Lear", "Ford") in {(r.type, r.source, r.target) for r in doc.relations}


def test_the_same_company_after_an_apposition_is_the_apposed_one():
    text = ("Stellantis ha rilevato una quota di Vulcan Energy, la società del litio geotermico. "
            "Con la stessa società il gruppo aveva firmato un contratto di fornitura nel 2022.")
    assert _resolved(run(text, "it"), "la stessa società") == ["Vulcan Energy"]  # (not the sentence's subject)


@pytest.mark.parametrize("language, text, words", [
    ("en", "Magna Steyr and Magna Seating belong to the same group, which reported results on Monday.", "the same group"),
    ("it", "Magna Steyr e Magna Seating appartengono allo stesso gruppo da molti anni.", "allo stesso gruppo"),
    ("de", "Magna Steyr und Magna Seating gehören demselben Konzern an.", "demselben Konzern"),
])
def test_belonging_to_the_same_group_names_no_company(language, text, words):
    assert _resolved(run(text, language), words) == []


@pytest.mark.parametrize("language, text, words", [
    ("it", "Tarvion SpA e Meldrow SpA fanno parte dello stesso gruppo da molti anni.", "dello stesso gruppo"),
    ("it", "Tarvion SpA opera all'interno dello stesso gruppo di Meldrow SpA.", "dello stesso gruppo"),
    ("es", "Tarvion SA y Meldrow SA forman parte del mismo grupo desde 2019.", "del mismo grupo"),
    ("fr", "Tarvion SA et Meldrow SA font partie du même groupe depuis 2019.", "du même groupe"),
    ("fr", "Tarvion SA travaille au sein du même groupe que Meldrow SA.", "du même groupe"),
    ("de", "Tarvion GmbH und Meldrow GmbH sind Teil desselben Konzerns.", "desselben Konzerns"),
])
def test_a_part_of_the_same_group_names_no_company(language, text, words):
    """The phrase takes its preposition in, so the word of belonging before it stands bare ("parte",
    "partie", "au sein", "Teil")."""
    assert _resolved(run(text, language), words) == []
