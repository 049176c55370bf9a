"""Plants: a sentence without a plant noun that names a plant's owner and place again ("Kornex will in
Heide zunächst Zellen mit 15 GWh fertigen") is back at that plant, even when another company's plant
came between; and a German noun after an article ("mit dem Bau", "in der Lage") is no town (Bau in
Malaysia, Lage in Lippe).

Every sentence here is written for the test (invented companies); none comes from the dev or golden
pages.
"""

from __future__ import annotations

from .helpers import facs

_CAP = {"15 GWh": (15, "GWh"), "60 GWh": (60, "GWh")}


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


def test_de_back_at_the_plant_after_another_companys():
    text = ("Kornex übernimmt die Zellfabrik in Heide. Brightline hatte dort eine Fabrik mit 60 GWh geplant. "
            "Kornex will in Heide zunächst Zellen mit einer Kapazität von 15 GWh im Jahr fertigen.")
    fs = facs(text, ["Kornex", "Brightline"], "de", places=["Heide"], capacity=_CAP)
    assert ("Kornex", "Heide", 15) in _f(fs)
    # ("dort": the plant Brightline had planned was in Heide, facility_deixis.py)
    assert ("Brightline", "Heide", 60) in _f(fs)


def test_en_back_at_the_plant_after_another_companys():
    text = ("Kornex takes over the cell plant in Ashby. Brightline had planned a 60 GWh factory there. "
            "Kornex will first make cells in Ashby with a capacity of 15 GWh a year.")
    fs = facs(text, ["Kornex", "Brightline"], places=["Ashby"], capacity=_CAP)
    assert ("Kornex", "Ashby", 15) in _f(fs)


def test_it_back_at_the_plant_after_another_companys():
    text = ("Velora rileva la fabbrica di celle di Cortona. Norcell vi aveva progettato una fabbrica da 60 GWh. "
            "Velora produrrà a Cortona celle per una capacità di 15 GWh l'anno.")
    fs = facs(text, ["Velora", "Norcell"], "it", places=["Cortona"], capacity=_CAP)
    assert ("Velora", "Cortona", 15) in _f(fs)


def test_the_other_company_named_keeps_its_capacity():
    # the sentence names the company of the plant between, not the one at the place
    # (a factory "of its own", not one "there": a plant at the same place shares its capacity,
    # facility_followups.share_capacity)
    text = ("Kornex takes over the cell plant in Ashby. Brightline had planned a factory of its own. "
            "Brightline still wants to make cells in Ashby with a capacity of 15 GWh a year.")
    fs = facs(text, ["Kornex", "Brightline"], places=["Ashby"], capacity=_CAP)
    assert ("Kornex", "Ashby", 15) not in _f(fs)


# ---------------------------------------------------------------- German nouns that are towns

def test_de_mit_dem_bau_is_no_place():
    text = "Kornex errichtet ein Werk mit 15 GWh, mit dem Bau wurde im Mai begonnen."
    fs = facs(text, ["Kornex"], "de", places=["Bau"], capacity=_CAP)
    assert all(f.location != "Bau" for f in fs)


def test_de_in_der_lage_is_no_place():
    text = "Kornex sieht sich in der Lage, das Werk in Kolkwitz schneller zu bauen."
    fs = facs(text, ["Kornex"], "de", places=["Lage", "Kolkwitz"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Kolkwitz")]


def test_de_the_town_without_an_article_stays():
    fs = facs("Kornex baut in Lage ein Werk.", ["Kornex"], "de", places=["Lage"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Lage")]
