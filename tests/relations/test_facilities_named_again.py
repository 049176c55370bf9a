"""Plants: a sentence that names a plant by its place only ("The Ashby factory ...", "L'usine de
Sorbiers, d'une capacité de ...") and no company speaks of the plant the story already placed there,
whatever company the sentences between were about.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


def test_en_the_place_plant_after_a_joint_venture_apposition():
    text = ("The cells are destined for Kornex, the joint venture between Alder and Brightline, which is "
            "building its first plant in Ashby. The Ashby factory is designed for 33 GWh a year.")
    fs = facs(text, ["Kornex", "Alder", "Brightline"], capacity={"33 GWh": (33, "GWh")}, places=["Ashby"])
    assert _f(fs) == [("Kornex", "Ashby", 33)]


def test_en_another_company_in_between():
    text = ("Kornex is building a cell plant in Ashby. Brightline will buy most of its output for its plant "
            "in Preston. The Ashby factory is designed for 33 GWh a year.")
    fs = facs(text, ["Kornex", "Brightline"], capacity={"33 GWh": (33, "GWh")}, places=["Ashby", "Preston"])
    assert _f(fs) == [("Kornex", "Ashby", 33), ("Brightline", "Preston", None)]


def test_fr_the_place_plant_after_a_customer_sentence():
    text = ("Velora livre des cathodes à Norcell depuis son usine de Sorbiers. Norcell en utilisera pour ses "
            "usines de Lyon. L'usine de Sorbiers, d'une capacité de 30 000 tonnes par an, est entrée en "
            "production en mai.")
    fs = facs(text, ["Velora", "Norcell"], "fr", capacity={"30 000 tonnes par an": (30000, "t/y")},
              places=["Sorbiers", "Lyon"])
    assert _f(fs) == [("Velora", "Sorbiers", 30000), ("Norcell", "Lyon", None)]


def test_it_the_place_plant_two_sentences_on():
    text = ("Velora produce celle nello stabilimento di Cortona. Glenmore fornirà il litio alla fabbrica "
            "di Rivarolo. Lo stabilimento di Cortona, da 30.000 tonnellate l'anno, ha ripreso a lavorare.")
    fs = facs(text, ["Glenmore", "Velora"], "it", capacity={"30.000 tonnellate l'anno": (30000, "t/y")},
              places=["Cortona", "Rivarolo"])
    assert ("Velora", "Cortona", 30000) in _f(fs)
    assert not any(f.owner == "Glenmore" and f.location == "Cortona" for f in fs)


def test_de_das_werk_in_place():
    text = ("Kornex betreibt ein Werk in Kolkwitz. Brightline beliefert sein Werk in Cottbus. "
            "Das Werk in Kolkwitz soll 20 GWh im Jahr liefern.")
    fs = facs(text, ["Kornex", "Brightline"], "de", capacity={"20 GWh": (20, "GWh")}, places=["Kolkwitz", "Cottbus"])
    assert _f(fs) == [("Kornex", "Kolkwitz", 20), ("Brightline", "Cottbus", None)]


def test_es_la_planta_de_place():
    text = "Velora construye una planta en Cortes. Norcell abrirá una fábrica en Tudela. La planta de Cortes tendrá 10 GWh."
    fs = facs(text, ["Velora", "Norcell"], "es", capacity={"10 GWh": (10, "GWh")}, places=["Cortes", "Tudela"])
    assert _f(fs) == [("Velora", "Cortes", 10), ("Norcell", "Tudela", None)]


# ---------------------------------------------------------------- must not fire

def test_a_company_in_the_sentence_keeps_its_plant():
    text = "Kornex is building a cell plant in Ashby. Brightline will build a plant in Ashby with 8 GWh."
    fs = facs(text, ["Kornex", "Brightline"], capacity={"8 GWh": (8, "GWh")}, places=["Ashby"])
    assert ("Brightline", "Ashby", 8) in _f(fs)


def test_a_possessive_plant_is_the_subjects():
    # "son usine de X": the company the sentence before spoke of, not the older plant at X
    text = ("Velora a ouvert une usine de cathodes à Sorbiers. Norcell a choisi le même parc industriel. "
            "Les travaux de son usine de Sorbiers se poursuivent.")
    fs = facs(text, ["Velora", "Norcell"], "fr", places=["Sorbiers"])
    assert ("Norcell", "Sorbiers", None) in _f(fs)


def test_of_two_plants_at_the_place_the_one_of_the_subject_before():
    text = ("Kornex bought Lindar, which runs the cell plant in Ashby. Kornex plans to restart the Ashby "
            "plant. The Ashby factory has a capacity of 16 GWh.")
    fs = facs(text, ["Kornex", "Lindar"], capacity={"16 GWh": (16, "GWh")}, places=["Ashby"])
    assert ("Kornex", "Ashby", 16) in _f(fs)
