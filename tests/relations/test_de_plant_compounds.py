"""A German customer named only in its plant's compound ("beliefert das Vostra-Werk in Leipzig"): the
name glued to "-Werk" was dropped as a mere modifier, so the supply was read by nothing. Supplying a
company's plant is supplying the company. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, ["Oskaro", "Vostra"], language="de")) if t[0] == "supplies")


@pytest.mark.parametrize("sentence", [
    "Oskaro beliefert das Vostra-Werk in Kassel mit Kabelbäumen.",
    "Oskaro liefert seit Jahren Kabelbäume an das Vostra-Werk in Kassel.",
    "Oskaro liefert künftig Kabelbäume an die Kasseler Vostra-Fabrik.",
])
def test_a_plant_supplied_is_its_owner_supplied(sentence):
    assert supplies(sentence) == [("Oskaro", "Vostra")]


@pytest.mark.parametrize("sentence", [
    # the plant is no customer here: it is where the speaker works
    "Ein Sprecher im Vostra-Werk in Kassel sagte, Oskaro habe neue Maschinen bestellt.",
])
def test_a_plant_named_elsewhere_is_no_customer(sentence):
    assert supplies(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a "-werk" that is no plant: the dealers buy the tools, not the carmaker
    "Oskaro beliefert das Vostra-Händlernetzwerk seit Jahren mit Werkzeugen.",
    "Oskaro liefert Diagnosegeräte an das Vostra-Netzwerk in Hessen.",
])
def test_a_network_is_no_plant(sentence):
    assert supplies(sentence) == []


def test_plant_compounds_are_whole_nouns():
    from tierscope.relations.extractor import _PLANT_COMPOUND

    for plant in ("-Werk", "-Werke", "-Motorenwerk", "-Fahrzeugwerk", "-Stahlwerk", "-Fabrik"):
        assert _PLANT_COMPOUND.match(plant), plant
    for other in ("-Netzwerk", "-Regelwerk", "-Triebwerke", "-Fahrwerk", "-Werkstatt"):
        assert _PLANT_COMPOUND.match(other) is None, other
