"""A region or country that a superlative ranks a plant in ("the largest factory in Bavaria", "la
plus grande usine de Bavière") is no place of the plant: the story's town for it stays its place,
and no second plant appears in the region. A plant built in a region, and a town after a superlative,
keep their place. Sentences written for the test."""

from __future__ import annotations

import pytest

from tierscope.relations.facility_places import _ranked_in

from .helpers import facs

CAP = {"18 GWh": (18, "GWh")}
STORY = {
    "en": ("Brelix is building a cell plant in Kestrup. The company employs two hundred engineers. "
           "Brelix says the plant will be the largest factory in Bavaria, with 18 GWh a year.", "Bavaria"),
    "de": ("Brelix baut ein Zellwerk in Kestrup. Das Unternehmen beschäftigt zweihundert Ingenieure. "
           "Brelix zufolge wird das Werk mit 18 GWh im Jahr die größte Fabrik in Bayern.", "Bayern"),
    "fr": ("Brelix construit une usine de cellules à Kestrup. L'entreprise emploie deux cents ingénieurs. "
           "Selon Brelix, l'usine sera la plus grande de Bavière, avec 18 GWh par an.", "Bavière"),
    "it": ("Brelix costruisce uno stabilimento di celle a Kestrup. L'azienda impiega duecento ingegneri. "
           "Per Brelix lo stabilimento, il maggiore in Baviera, avrà 18 GWh l'anno.", "Baviera"),
    "es": ("Brelix construye una planta de celdas en Kestrup. La empresa emplea a doscientos ingenieros. "
           "Según Brelix, la planta será la mayor fábrica de Baviera, con 18 GWh al año.", "Baviera"),
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_ranked_region_is_no_second_plant(lang):
    text, region = STORY[lang]
    fs = facs(text, ["Brelix"], lang, places=["Kestrup", region], capacity=CAP)
    assert {f.location for f in fs} == {"Kestrup"}


def test_possessive_region_before_the_superlative():
    text = ("Brelix is building a cell plant in Kestrup. The company employs two hundred engineers. "
            "Brelix says the plant will be Bavaria's biggest factory, with 18 GWh a year.")
    fs = facs(text, ["Brelix"], "en", places=["Kestrup", "Bavaria"], capacity=CAP)
    assert {f.location for f in fs} == {"Kestrup"}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Brelix is building a cell plant in Bavaria with 18 GWh a year.", "Bavaria"),
    ("es", "Brelix construye una planta de celdas en Baviera, con 18 GWh al año.", "Baviera"),
    ("en", "Brelix says its plant in Kestrup, the largest factory in Kestrup, will make 18 GWh a year.", "Kestrup"),
])
def test_plain_region_and_ranked_town_stay(lang, text, place):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup", "Bavaria", "Baviera"], capacity=CAP)
    assert place in {f.location for f in fs}


@pytest.mark.parametrize("text, area", [
    ("The Mayor of Ohio cut the ribbon.", "Ohio"),
    ("Il Mayor di Ohio era presente.", "Ohio"),
])
def test_a_mayor_ranks_no_area(text, area):
    # Spanish "mayor" ranks a plant ("la mayor fábrica de Baviera"); an English title "Mayor" does not
    s = text.index(area)
    assert not _ranked_in(text, s, s + len(area), "region")


def test_spanish_mayor_still_ranks():
    text = "la planta será la mayor fábrica de Baviera"
    s = text.index("Baviera")
    assert _ranked_in(text, s, s + len("Baviera"), "region")
