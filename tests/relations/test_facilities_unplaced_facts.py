"""Plants: a plant with no place whose facts belong to the plant of the same owner that the story
placed before ("Kornex is building a cell plant in Ashby. ... The factory Kornex has been planning
since 2022 will make 40 GWh a year."): the capacity goes to the placed plant. Not when the owner has
plants in several places, not for "a second plant", not over a different capacity.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_CAP = {"40 GWh": (40, "GWh"), "15 Gigawattstunden": (15, "GWh"), "20 GWh": (20, "GWh"),
        "2,5 millions de tonnes": (2.5e6, "t/y"), "30.000 toneladas": (30000, "t/y")}
# (sentences enough between for the story to have left the plant)
_FILL = {
    "en": "Local officials welcomed the news. Unions asked for guarantees. The town has waited for years. Shops expect more trade. ",
    "de": "Die Stadt begrüßte die Nachricht. Die Gewerkschaft forderte Zusagen. Der Ort hat lange gewartet. Die Händler hoffen auf mehr Kundschaft. ",
    "fr": "La mairie a salué la nouvelle. Les syndicats demandent des garanties. La ville attendait depuis des années. Les commerçants espèrent davantage de clients. ",
    "es": "El ayuntamiento celebró la noticia. Los sindicatos piden garantías. La ciudad llevaba años esperando. Los comercios esperan más clientes. ",
}


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("lang, first, later, value", [
    ("en", "Kornex is building a cell plant in Ashby.",
     "Kornex confirmed on Monday that its gigafactory would have a capacity of 40 GWh a year.", 40),
    ("de", "Kornex baut ein Zellwerk in Kolkwitz.",
     "Kornex bestätigte am Montag, dass seine Fabrik 15 Gigawattstunden im Jahr liefern soll.", 15),
    ("fr", "Kornex construit une aciérie à Sorbiers.",
     "Kornex a confirmé lundi que son aciérie produira 2,5 millions de tonnes par an.", 2.5e6),
    ("es", "Kornex levanta una refinería en Villabrava.",
     "Kornex confirmó el lunes que su planta producirá 30.000 toneladas al año.", 30000),
])
def test_the_capacity_of_a_placeless_plant_goes_to_the_placed_one(lang, first, later, value):
    text = first + " " + _FILL[lang] + later
    fs = facs(text, ["Kornex"], lang, capacity=_CAP, places=["Ashby", "Kolkwitz", "Sorbiers", "Villabrava"])
    assert _f(fs) == [("Kornex", fs[0].location, value)]
    assert fs[0].location in ("Ashby", "Kolkwitz", "Sorbiers", "Villabrava")


def test_not_when_the_owner_has_plants_in_two_places():
    text = ("Kornex runs a cell plant in Ashby and builds a cathode plant in Marlow. " + _FILL["en"]
            + "Kornex confirmed on Monday that its gigafactory would have a capacity of 40 GWh a year.")
    fs = facs(text, ["Kornex"], capacity=_CAP, places=["Ashby", "Marlow"])
    assert all(f.capacity is None for f in fs if f.location)


def test_not_for_a_second_plant():
    text = ("Kornex runs a cell plant in Ashby. " + _FILL["en"]
            + "Kornex confirmed on Monday that a second plant would add 40 GWh a year.")
    fs = facs(text, ["Kornex"], capacity=_CAP, places=["Ashby"])
    assert [f.capacity for f in fs if f.location == "Ashby"] == [None]


def test_not_over_a_different_capacity():
    text = ("Kornex is building a 20 GWh cell plant in Ashby. " + _FILL["en"]
            + "Kornex confirmed on Monday that its gigafactory would have a capacity of 40 GWh a year.")
    fs = facs(text, ["Kornex"], capacity=_CAP, places=["Ashby"])
    assert ("Kornex", "Ashby", 20) in _f(fs) and ("Kornex", "Ashby", 40) not in _f(fs)


def test_not_across_owners():
    text = ("Kornex is building a cell plant in Ashby. " + _FILL["en"]
            + "Brelix confirmed on Monday that its gigafactory would have a capacity of 40 GWh a year.")
    fs = facs(text, ["Kornex", "Brelix"], capacity=_CAP, places=["Ashby"])
    assert ("Kornex", "Ashby", None) in _f(fs)
