"""Plants: a place stated outright ("located in X", "situé à X", "situato a X", "ubicada en X",
"gelegen in X"), in the plant's sentence or the one after; and a landmark plant "wenige Kilometer
vom X-Werk entfernt" that is no plant of the sentence's subject.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


_CAP = {"5 GWh": (5, "GWh"), "28 Gigawattstunden": (28, "GWh")}


def test_fr_project_situe_a_in_the_next_sentence():
    text = "Velora construira une usine de cellules. Le projet, situé à Sorbiers, représenterait une capacité de 5 GWh."
    fs = facs(text, ["Velora"], "fr", capacity=_CAP, places=["Sorbiers"])
    assert _f(fs) == [("Velora", "Sorbiers", 5)]


def test_en_located_in_the_next_sentence():
    text = "Kornex will build a cell factory. The project, located in Ashby, would have a capacity of 5 GWh."
    fs = facs(text, ["Kornex"], capacity=_CAP, places=["Ashby"])
    assert _f(fs) == [("Kornex", "Ashby", 5)]


def test_it_situato_a_in_the_plant_sentence():
    text = "Velora costruirà una fabbrica di celle, situata a Cortona, con una capacità di 5 GWh."
    fs = facs(text, ["Velora"], "it", capacity=_CAP, places=["Cortona"])
    assert _f(fs) == [("Velora", "Cortona", 5)]


def test_es_ubicada_en_an_unknown_town():
    text = "Velora levantará una fábrica de celdas. La inversión, ubicada en Villabrava, rondará los 700 millones."
    fs = facs(text, ["Velora"], "es")
    assert _where(fs) == [("Velora", "Villabrava")]


def test_de_gelegen_in():
    text = "Kornex plant eine Zellfabrik. Das Projekt, gelegen in Kolkwitz, soll 5 GWh erreichen."
    fs = facs(text, ["Kornex"], "de", capacity=_CAP, places=["Kolkwitz"])
    assert _f(fs) == [("Kornex", "Kolkwitz", 5)]


def _where(fs):
    return [(f.owner, f.location) for f in fs]


def test_a_place_already_known_is_kept():
    text = "Kornex is building a cell plant in Ashby. The company is based in Preston."
    fs = facs(text, ["Kornex"], places=["Ashby", "Preston"], coref={"The company": "Kornex"})
    assert _where(fs) == [("Kornex", "Ashby")]


def test_located_without_a_place_after_it_gives_none():
    text = "Kornex will build a cell factory. The project is located in the north of the country."
    fs = facs(text, ["Kornex"])
    assert _where(fs) == [("Kornex", None)]


# ---------------------------------------------------------------- landmarks

def test_de_a_few_kilometres_from_another_companys_plant():
    text = ("Der chinesische Hersteller baut in Kolkwitz, nur wenige Kilometer vom Kornex-Werk entfernt, "
            "eine eigene Fabrik mit einer Kapazität von 28 Gigawattstunden.")
    fs = facs(text, ["Kornex"], "de", capacity=_CAP, places=["Kolkwitz"], coref={"Der chinesische Hersteller": "Velora"})
    assert _f(fs) == [("Velora", "Kolkwitz", 28)]


def test_de_kilometern_vom_werk():
    text = "Velora errichtet in Kolkwitz, zwei Kilometern vom Werk von Kornex entfernt, eine Zellfabrik."
    fs = facs(text, ["Kornex", "Velora"], "de", places=["Kolkwitz"])
    assert _where(fs) == [("Velora", "Kolkwitz")]
