"""Plants: owner, place, product, capacity, investment, status, merging across sentences."""

from __future__ import annotations

import pytest

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.product, f.status, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("lang,text,companies,places,expected", [
    ("en", "CATL broke ground on a battery cell plant in Debrecen.", ["CATL"], ["Debrecen"],
     [("CATL", "Debrecen", "battery cells", "under_construction", None)]),
    ("en", "Tesla's Berlin factory produces electric vehicles.", ["Tesla"], ["Berlin"],
     [("Tesla", "Berlin", "electric vehicles", "active", None)]),
    ("en", "Ford will close its Saarlouis plant in 2025.", ["Ford"], ["Saarlouis"], [("Ford", "Saarlouis", None, "ended", None)]),
    ("en", "Northvolt plans to build a gigafactory in Heide.", ["Northvolt"], ["Heide"], [("Northvolt", "Heide", None, "planned", None)]),
    ("it", "CATL sta costruendo uno stabilimento di celle a Debrecen.", ["CATL"], ["Debrecen"],
     [("CATL", "Debrecen", "battery cells", "under_construction", None)]),
    ("it", "Stellantis annuncia la chiusura dello stabilimento di Grugliasco.", ["Stellantis"], ["Grugliasco"],
     [("Stellantis", "Grugliasco", None, "ended", None)]),
    ("de", "Tesla produziert im Werk Grünheide bereits Elektroautos.", ["Tesla"], ["Grünheide"],
     [("Tesla", "Grünheide", "electric vehicles", "active", None)]),
    ("de", "Das Zellwerk von Northvolt in Heide ist im Bau.", ["Northvolt"], ["Heide"], [("Northvolt", "Heide", None, "under_construction", None)]),
    ("fr", "Verkor construira une gigafactory à Dunkerque.", ["Verkor"], ["Dunkerque"], [("Verkor", "Dunkerque", None, "announced", None)]),
    ("fr", "L'usine d'ACC à Douvrin est en construction.", ["ACC"], ["Douvrin"], [("ACC", "Douvrin", None, "under_construction", None)]),
    ("es", "PowerCo construirá una gigafactoría de baterías en Sagunto.", ["PowerCo"], ["Sagunto"],
     [("PowerCo", "Sagunto", "batteries", "announced", None)]),
    ("es", "Nissan cerró su planta de Barcelona.", ["Nissan"], ["Barcelona"], [("Nissan", "Barcelona", None, "ended", None)]),
])
def test_facility(lang, text, companies, places, expected):
    assert _f(facs(text, companies, lang, places=places)) == expected


def test_capacity_and_money_in_the_next_sentence_merge_into_the_plant():
    text = "Northvolt will build a gigafactory in Heide. The plant will have a capacity of 60 GWh and cost 4.5 billion euros."
    [f] = facs(text, ["Northvolt"], places=["Heide"], capacity={"60 GWh": (60, "GWh")},
               money={"4.5 billion euros": (4.5e9, "EUR")})
    assert (f.owner, f.location, f.status) == ("Northvolt", "Heide", "announced")
    assert f.capacity == {"value": 60, "unit": "GWh"} and f.investment == {"amount": 4.5e9, "currency": "EUR"}
    assert f.evidence.text == text and f.component == "tierscope.facilities.v1"


def test_joint_venture_plant_belongs_to_the_venture():
    [f] = facs("Ultium Cells, the joint venture of GM and LG Energy Solution, opened its plant in Lordstown.",
               ["Ultium Cells", "GM", "LG Energy Solution"], places=["Lordstown"])
    assert (f.owner, f.location, f.status) == ("Ultium Cells", "Lordstown", "active")


def test_two_plants_in_two_stories_stay_apart():
    fs = facs(["CATL opened a plant in Erfurt.", "BYD will build a factory in Szeged."], ["CATL", "BYD"], places=["Erfurt", "Szeged"])
    assert _f(fs) == [("CATL", "Erfurt", None, "active", None), ("BYD", "Szeged", None, "announced", None)]


def test_no_facility_without_a_plant_word():
    assert facs("CATL reported record profit in Ningde.", ["CATL"], places=["Ningde"]) == []
    assert facs("Enel signed a credit facility with banks in Rome.", ["Enel"], places=["Rome"]) == []
