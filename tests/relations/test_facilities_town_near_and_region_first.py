"""Plants: a town and the place that only says where it lies. A bigger town it is near ("Villabrava,
near Zaragoza", "bei Saragossa", "près de Lyon", "vicino a Torino", "cerca de Zaragoza"); a German
region after "in" without a comma ("in Kolkwitz in Brandenburg", "in Debrecen in Ostungarn"); a
region or country named first, then the town in it ("en Normandie, à Caen", "in Ungheria, a
Cortona"). The plant is in the town each time, however near the noun the other place is. And a
continent the place list knows ("En Amérique du Nord") is no unknown town "Amérique".

Every sentence here is written for the test (invented companies and towns; real regions and
countries where the rule needs the place list to know them); none comes from the dev or golden
pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


# --------------------------------------------------------------------------- a town near a bigger one

@pytest.mark.parametrize("lang, text", [
    ("en", "Velora is building, in Villabrava near Zaragoza, a cell plant for cheap cars."),
    ("de", "Velora baut im spanischen Villabrava bei Zaragoza eine Fabrik für günstige Zellen."),
    ("fr", "Les premières structures se dressent à Villabrava, près de Zaragoza, où Velora construit son usine de cellules."),
    ("it", "Velora sta costruendo a Villabrava, vicino a Zaragoza, un impianto da 50 GWh."),
    ("es", "Velora levanta en Villabrava, cerca de Zaragoza, una planta de celdas."),
])
def test_the_town_near_a_bigger_one_is_the_plants(lang, text):
    assert _where(facs(text, ["Velora"], lang, places=["Villabrava", "Zaragoza"])) == [("Velora", "Villabrava")]


def test_a_site_name_near_a_town_still_gives_the_town():
    # a name the place lists do not know, not a town: the town it is near is the place
    text = "Velora is building a cell plant at Hollowmere Park, near Zaragoza."
    assert _where(facs(text, ["Velora"], places=["Zaragoza"])) == [("Velora", "Zaragoza")]


def test_a_plant_near_a_town_alone_keeps_that_town():
    text = "Velora is building a cell plant near Zaragoza."
    assert _where(facs(text, ["Velora"], places=["Zaragoza"])) == [("Velora", "Zaragoza")]


# --------------------------------------------------------------------------- German "in X in Region"

def test_de_region_after_in_without_a_comma():
    text = "Kornex baut in Kolkwitz in Brandenburg ein Werk mit einer Kapazität von 5 GWh."
    assert _where(facs(text, ["Kornex"], "de", places=["Kolkwitz", "Brandenburg"])) == [("Kornex", "Kolkwitz")]


def test_de_compass_country_after_in():
    # "Ostungarn" is in no list: a compass word glued to a country the place list knows
    text = "Kornex errichtet in Kolkwitz in Ostungarn eine neue Zellfabrik."
    assert _where(facs(text, ["Kornex"], "de", places=["Kolkwitz"])) == [("Kornex", "Kolkwitz")]


def test_de_a_town_after_in_is_no_qualifier():
    # only a region or country after "in" qualifies the town before it
    text = "Kornex baut Zellfabriken in Kolkwitz und in Zeitz."
    fs = facs(text, ["Kornex"], "de", places=["Kolkwitz", "Zeitz"])
    assert _where(fs) == [("Kornex", "Kolkwitz"), ("Kornex", "Zeitz")]


# --------------------------------------------------------------------------- region first, then the town

@pytest.mark.parametrize("lang, text, region", [
    ("fr", "Velora exploite une usine de cathodes en Normandie, à Sorbiers.", "Normandie"),
    ("fr", "Velora exploite une usine de cathodes implantée au Québec, à Sorbiers.", "Québec"),
    ("it", "Velora costruisce uno stabilimento di celle in Ungheria, a Sorbiers.", "Ungheria"),
    ("es", "Velora construye una planta de celdas en Aragón, en Sorbiers.", "Aragón"),
    ("de", "Velora baut eine Zellfabrik in Ungarn, in Sorbiers.", "Ungarn"),
])
def test_the_town_after_its_region_is_the_plants(lang, text, region):
    assert _where(facs(text, ["Velora"], lang, places=["Sorbiers", region])) == [("Velora", "Sorbiers")]


def test_a_list_of_regions_stays_a_list():
    fs = facs("Morlan runs cell plants in Ohio, Tennessee and Michigan.", ["Morlan"],
              places=["Ohio", "Tennessee", "Michigan"])
    assert _where(fs) == [("Morlan", "Ohio"), ("Morlan", "Tennessee"), ("Morlan", "Michigan")]


def test_a_continent_opening_the_sentence_is_no_unknown_town():
    text = "En Amérique du Nord, Velora exploite une usine de cathodes implantée au Québec, à Sorbiers."
    fs = facs(text, ["Velora"], "fr", places={"Amérique du Nord": "", "Québec": "CA", "Sorbiers": "CA"})
    assert _where(fs) == [("Velora", "Sorbiers")]


# --------------------------------------------------------------------------- "in the province of"

@pytest.mark.parametrize("lang, text", [
    ("es", "Velora construye en Villabrava, en la provincia de Zaragoza, una planta de celdas."),
    ("it", "Velora sta costruendo a Villabrava, in provincia di Zaragoza, uno stabilimento da 75 MW."),
    ("fr", "Velora construit à Villabrava, dans le département de Zaragoza, une usine de cellules."),
    ("de", "Velora baut in Villabrava im Landkreis Zaragoza ein Werk."),
    ("en", "Velora is building in Villabrava, in Zaragoza County, a new cell plant."),
])
def test_the_province_after_the_town_is_no_plant_place(lang, text):
    assert _where(facs(text, ["Velora"], lang, places=["Villabrava", "Zaragoza"])) == [("Velora", "Villabrava")]


def test_a_province_alone_stays_the_place():
    text = "Velora construye una planta de celdas en la provincia de Zaragoza."
    assert _where(facs(text, ["Velora"], "es", places=["Zaragoza"])) == [("Velora", "Zaragoza")]
