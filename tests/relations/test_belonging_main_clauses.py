"""A clause joined by "and" to a sentence whose subject is told to belong to an owner ("Norvik is a
subsidiary of Brixo and ...", "Norvik gehört zu Brixo und ...") goes on about the subject: its supply is
the unit's, never the owner's, and the owner is not its customer (relations/belonging_relatives.py).
Invented names and sentences."""

from __future__ import annotations

import re

import pytest

from tierscope.relations.belonging_relatives import _joined_clauses

from .helpers import rels

NAMES = ["Kestrel", "Norvik", "Brixo", "Valmera"]


def _supplies(text, lang):
    return sorted((r.source, r.target) for r in rels(text, NAMES, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang,text", [
    ("de", "Norvik ist eine Tochter des finnischen Pumpenbauers Brixo und beliefert seit dem Frühjahr auch Valmera mit Gehäusen."),
    ("en", "Norvik is a subsidiary of the Japanese chipmaker Brixo and has stepped up its deliveries to Valmera."),
    ("es", "Norvik es una filial del grupo japonés Brixo y ha aumentado sus entregas a Valmera."),
    ("it", "Norvik è una controllata del gruppo giapponese Brixo e ha aumentato le forniture a Valmera."),
    ("fr", "Norvik est une filiale du groupe japonais Brixo et a augmenté ses livraisons à Valmera."),
    ("de", "Norvik gehört seit 2021 zum US-Zulieferer Brixo und liefert Batteriepakete an Valmera."),
    ("en", "Norvik belongs to Brixo and ships battery trays to Valmera."),
    ("fr", "Norvik appartient au groupe Brixo et livre des bacs à Valmera."),
    ("es", "Norvik pertenece al grupo Brixo y suministra bandejas a Valmera."),
    ("it", "Norvik fa parte del gruppo Brixo e fornisce vaschette a Valmera."),
])
def test_the_units_supply_is_the_units(lang, text):
    assert _supplies(text, lang) == [("Norvik", "Valmera")]


@pytest.mark.parametrize("lang,text", [
    # an elided link word runs into the owner's name or description with no space
    ("fr", "Norvik est une filiale d'Orvane et livre des bacs à Valmera."),
    ("it", "Norvik è una controllata dell'olandese Orvane e fornisce vaschette a Valmera."),
    ("fr", "Kestrel a choisi Norvik, qui fait partie d'Orvane et livre des bacs à Valmera."),
    # (a German compound keeps the unit noun in lower case)
    ("de", "Norvik ist eine Batterietochter des Konzerns Orvane und liefert Module an Valmera."),
])
def test_an_elided_link_word_or_a_compound_before_the_owner(lang, text):
    spans = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"Norvik|Orvane|Valmera|Kestrel", text)]
    clauses = _joined_clauses(text, spans, lang)
    assert [(c[0], c[1]) for c in clauses] == [("Norvik", "Orvane")]
    assert "Valmera" in text[clauses[0][2]:clauses[0][3]]


def test_the_owner_is_no_customer_of_its_unit():
    # the joined clause names no party of its own ("für mehr als hundert Valmera-Fahrzeuge" names a product):
    # the owner the frames found before the verb is no customer
    text = "Norvik gehört seit 2021 zum US-Zulieferer Brixo und liefert bereits für mehr als hundert Valmera-Fahrzeuge die Batterien."
    assert ("Norvik", "Brixo") not in _supplies(text, "de")


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik supplies Brixo, its parent, with battery trays."),
    ("en", "Brixo is a partner of Kestrel and supplies cells to Valmera."),
])
def test_other_clauses_are_left_as_read(lang, text):
    before = _supplies(text, lang)
    assert before in ([("Norvik", "Brixo")], [("Brixo", "Valmera")])
