"""An owner named in the subject's apposition and again after the verb, as the customer: the unit supplies
its parent ("X, controlled by Y, supplies the buses of Y"; relations/apposed_owner.py). An owner named only
in the apposition still gives way to the subject."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Pardo Motori", "Weylan Group", "Castor Bus"]
_SECTORS = {"Pardo Motori": ["supplier"], "Weylan Group": ["trucks"], "Castor Bus": ["trucks"]}


def _supplies(text, lang):
    names = [n for n in _NAMES if n in text]
    return {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text", [
    ("it", "Pardo Motori, interamente controllata da Weylan Group, fornisce i motori anche per gli autobus elettrici di Weylan Group."),
    ("en", "Pardo Motori, a unit of Weylan Group, supplies engines to all the plants of Weylan Group."),
    ("de", "Pardo Motori, eine Tochter von Weylan Group, liefert Motoren an alle Werke von Weylan Group."),
    ("fr", "Pardo Motori, filiale de Weylan Group, fournit des moteurs à toutes les usines de Weylan Group."),
    ("es", "Pardo Motori, filial del grupo Weylan Group, suministra motores a todas las plantas de Weylan Group."),
])
def test_unit_supplies_the_owner_named_after_the_verb(lang, text):
    assert ("Pardo Motori", "Weylan Group") in _supplies(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("it", "Pardo Motori, controllata da Weylan Group, fornisce motori a Castor Bus."),
    ("en", "Pardo Motori, a unit of Weylan Group, supplies engines to Castor Bus."),
])
def test_owner_only_in_the_apposition_is_no_party(lang, text):
    found = _supplies(text, lang)
    assert ("Pardo Motori", "Castor Bus") in found
    assert not any("Weylan Group" in pair for pair in found)
