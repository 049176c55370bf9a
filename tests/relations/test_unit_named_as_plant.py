"""A gazetteer unit the page names only as a plant ("the Northvolt Ett plant", "das Werk Northvolt
Ett", "l'usine Northvolt Ett") is the site, and gives its parent no ``owns`` (relations/plant_names.py);
named as a company it still does. Real gazetteer names, invented sentences."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Northvolt", "Northvolt Ett", "BMW", "Lyten"]


def _owns(text, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t == "owns"}


@pytest.mark.parametrize("text,language", [
    ("BMW placed an order with Northvolt for cells to be made at the Northvolt Ett plant in Skellefteå.", "en"),
    ("Lyten hat Vermögenswerte von Northvolt erworben, darunter das Werk Northvolt Ett in Skellefteå.", "de"),
    ("BMW a commandé des cellules à Northvolt, produites dans l'usine Northvolt Ett de Skellefteå.", "fr"),
    ("BMW ha ordinato celle a Northvolt, prodotte nello stabilimento Northvolt Ett di Skellefteå.", "it"),
    ("BMW encargó celdas a Northvolt, fabricadas en la planta Northvolt Ett de Skellefteå.", "es"),
])
def test_a_unit_named_as_a_plant_is_not_owned(text, language):
    assert ("Northvolt", "Northvolt Ett") not in _owns(text, language)


def test_a_unit_named_as_a_company_is_owned():
    assert ("Northvolt", "Northvolt Ett") in _owns("Northvolt Ett and Northvolt both filed for bankruptcy in Stockholm.", "en")


@pytest.mark.parametrize("text,language", [
    ("Northvolt cut 1,600 jobs, mostly at its plant in Skellefteå, Northvolt Ett, which still runs below capacity.", "en"),
    ("Northvolt streicht 1.600 Stellen, vor allem in seinem Werk in Skellefteå, Northvolt Ett, das weiter unter Plan produziert.", "de"),
    ("Northvolt supprime 1 600 postes, surtout dans sa gigafactory de Skellefteå, Northvolt Ett, qui tourne au ralenti.", "fr"),
    ("Northvolt taglia 1.600 posti, soprattutto nel suo stabilimento di Skellefteå, Northvolt Ett, che produce a rilento.", "it"),
    ("Northvolt recorta 1.600 empleos, sobre todo en su fábrica de Skellefteå, Northvolt Ett, que sigue por debajo de su capacidad.", "es"),
])
def test_a_unit_in_apposition_after_a_plant_noun_is_not_owned(text, language):
    assert ("Northvolt", "Northvolt Ett") not in _owns(text, language)


def test_a_unit_in_apposition_after_a_company_noun_is_owned():
    text = "Northvolt cut 1,600 jobs, mostly at its Swedish subsidiary, Northvolt Ett, which still runs below capacity."
    assert ("Northvolt", "Northvolt Ett") in _owns(text, "en")
