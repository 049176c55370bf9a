"""An owner named inside an apposition ("the Austrian supplier, a unit of Y, builds cars for Z") is not
the subject of the verb after it (relations/apposed_owner.py): with no name for the subject the tie is
dropped, with one the subject keeps it. Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan Charging", "Maltrix", "Ostero", "Korvan"]


def _supplies(text, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t == "supplies"}


@pytest.mark.parametrize("text,language", [
    ("Le sous-traitant autrichien, filiale du canadien Maltrix, fabrique déjà des modèles pour Ostero et Korvan.", "fr"),
    ("The Austrian supplier, a unit of Maltrix, already builds cars for Ostero.", "en"),
    ("La empresa vasca, filial del grupo Maltrix, suministra celdas a Ostero.", "es"),
    ("L'azienda torinese, controllata da Maltrix, fornisce i sedili a Ostero.", "it"),
    ("Der Zulieferer, eine Tochter von Maltrix, liefert Sitze an Ostero.", "de"),
])
def test_the_apposed_owner_supplies_nothing(text, language):
    assert not {p for p in _supplies(text, language) if p[0] == "Maltrix"}


@pytest.mark.parametrize("text,language", [
    ("Korvan Charging, filiale du groupe Maltrix, fournit des bornes à Ostero.", "fr"),
    ("Korvan Charging, a unit of Maltrix, supplies chargers to Ostero.", "en"),
    ("Korvan Charging, filial del grupo Maltrix, suministra cargadores a Ostero.", "es"),
    ("Korvan Charging, controllata da Maltrix, fornisce colonnine a Ostero.", "it"),
    ("Korvan Charging, eine Tochter von Maltrix, liefert Ladesäulen an Ostero.", "de"),
])
def test_the_named_subject_supplies(text, language):
    assert _supplies(text, language) == {("Korvan Charging", "Ostero")}


def test_an_owner_that_is_the_subject_still_supplies():
    assert ("Maltrix", "Ostero") in _supplies("Maltrix, which owns Korvan Charging, supplies cells to Ostero.", "en")
