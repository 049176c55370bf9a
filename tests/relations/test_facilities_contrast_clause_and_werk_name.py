"""Plants: a second plant in a contrasting clause that opens with its own place ("..., while in X it
is building a second plant with 100 GWh", "mentre a X è in costruzione il secondo stabilimento",
"während in X ein zweites Werk entsteht", "tandis qu'à X une deuxième usine", "mientras que en X
construye una segunda planta"): that plant is in X, with the clause's capacity; and a German plant
noun right before a company's name that is also a town ("im Werk Kolkwitz", where Kolkwitz is a
company too) names the town.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_CAP = {"100 GWh": (100, "GWh")}


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex makes cells at its plant in Ashby, while in Marlow it is building a second plant with 100 GWh."),
    ("it", "Dallo stabilimento di Ashby di Kornex escono celle, mentre a Marlow è in costruzione il secondo stabilimento del gruppo, da 100 GWh."),
    ("de", "Kornex fertigt Zellen im Werk in Ashby, während in Marlow ein zweites Werk mit 100 GWh entsteht."),
    ("fr", "Kornex produit des cellules dans son usine d'Ashby, tandis qu'à Marlow une deuxième usine de 100 GWh est en construction."),
    ("es", "Kornex produce celdas en su planta de Ashby, mientras que en Marlow construye una segunda planta de 100 GWh."),
])
def test_a_second_plant_in_a_contrasting_clause_with_its_place(lang, text):
    fs = facs(text, ["Kornex"], lang, capacity=_CAP, places=["Ashby", "Marlow"])
    assert ("Kornex", "Marlow", 100) in _f(fs)
    assert ("Kornex", "Ashby", 100) not in _f(fs)


def test_a_region_opening_the_contrast_is_no_second_plant():
    text = "Kornex makes cells at its plant in Ashby, while in Bavaria it is building a second plant."
    fs = facs(text, ["Kornex"], capacity=_CAP, places={"Ashby": "", "Bavaria": "DE"})
    assert [f.location for f in fs] == ["Ashby"] or "Bavaria" not in [f.location for f in fs]


def test_a_contrast_without_a_place_adds_nothing():
    text = "Kornex makes cells at its plant in Ashby, while its rival is building a second plant."
    fs = facs(text, ["Kornex"], places=["Ashby"])
    assert [f.location for f in fs] == ["Ashby"]


# --------------------------------------------------------------------------- "im Werk <town>"

def test_de_werk_before_a_company_that_is_a_town():
    # Salzgitter is a steel company and a town; right after "Werk" it is the town
    text = "Die Zelltochter Kornex hat im Werk Salzgitter die Fertigung einer neuen Zelle aufgenommen."
    fs = facs(text, ["Kornex", "Salzgitter"], "de")
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Salzgitter")]


def test_de_the_company_that_is_a_town_as_a_buyer_stays_a_company():
    text = "Kornex liefert Zellen aus dem Werk in Kolkwitz an Salzgitter."
    fs = facs(text, ["Kornex", "Salzgitter"], "de", places=["Kolkwitz"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Kolkwitz")]
