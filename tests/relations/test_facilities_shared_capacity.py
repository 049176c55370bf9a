"""One plant told twice at one place under two owners (its owner, and a supplier or customer named
with it) is one plant: the capacity one mention gives is the plant's, so the other takes it too."""

from __future__ import annotations

import pytest

from .helpers import facs

_STORIES = {
    "en": ["Brelix opened its cell plant in Debrecen on Monday.",
           "Kornex will equip the factory in Debrecen, which has a capacity of 40 GWh, with new lines."],
    "fr": ["Brelix a inauguré lundi son usine de cellules à Debrecen.",
           "Kornex équipera l'usine de Debrecen, d'une capacité de 40 GWh, de nouvelles lignes."],
    "it": ["Brelix ha inaugurato lunedì il suo stabilimento di celle a Debrecen.",
           "Kornex fornirà nuove linee allo stabilimento di Debrecen, che ha una capacità di 40 GWh."],
    "de": ["Brelix hat am Montag sein Zellwerk in Debrecen eröffnet.",
           "Kornex liefert neue Linien für das Werk in Debrecen, das eine Kapazität von 40 GWh hat."],
    "es": ["Brelix inauguró el lunes su planta de celdas en Debrecen.",
           "Kornex suministrará nuevas líneas a la planta de Debrecen, que tiene una capacidad de 40 GWh."],
}


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_the_owner_takes_the_capacity_told_with_another_company(lang):
    fs = facs(_STORIES[lang], ["Brelix", "Kornex"], lang, places=["Debrecen"], capacity={"40 GWh": (40, "GWh")})
    assert ("Brelix", "Debrecen", 40) in [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


def test_not_where_the_place_has_two_capacities():
    stories = ["Brelix opened its cell plant in Debrecen on Monday.",
               "Kornex runs a 40 GWh factory in Debrecen.", "Vexa runs a 20 GWh factory in Debrecen."]
    fs = facs(stories, ["Brelix", "Kornex", "Vexa"], "en", places=["Debrecen"],
              capacity={"40 GWh": (40, "GWh"), "20 GWh": (20, "GWh")})
    assert [f.capacity for f in fs if f.owner == "Brelix"] == [None]
