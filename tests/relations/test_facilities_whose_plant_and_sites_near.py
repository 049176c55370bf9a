"""Plants: "the joint venture X, whose first plant ..." ("dessen erstes Werk", "cuya primera planta",
"dont la première usine", "il cui primo stabilimento") is X's plant, whoever the clause before
named first; and a site's name the place lists do not know, followed by the town it is near ("at
Gravity Park, near Bridgwater", "im Gewerbegebiet Nordpark bei X"), gives the town.

Every sentence here is written for the test (invented companies and sites; the towns where a rule
needs the place lists are real); none comes from the dev or golden pages.
"""

from __future__ import annotations

from .helpers import facs

_C = ["Kornex", "Alder", "Brightline"]


def _where(fs):
    return [(f.owner, f.location) for f in fs]


# ---------------------------------------------------------------- whose plant

def test_de_dessen_erstes_werk():
    text = "Mit Brightline betreibt Alder das Gemeinschaftsunternehmen Kornex, dessen erstes Werk in Kokomo Anfang 2025 die Serienfertigung aufgenommen hat."
    assert _where(facs(text, _C, "de", places=["Kokomo"])) == [("Kornex", "Kokomo")]


def test_es_cuya_primera_planta():
    text = "Alder opera junto a Brightline la empresa conjunta Kornex, cuya primera planta en Kokomo comenzó a producir este año."
    assert _where(facs(text, _C, "es", places=["Kokomo"])) == [("Kornex", "Kokomo")]


def test_fr_dont_la_premiere_usine():
    text = "Alder exploite avec Brightline la coentreprise Kornex, dont la première usine à Kokomo produit depuis janvier."
    assert _where(facs(text, _C, "fr", places=["Kokomo"])) == [("Kornex", "Kokomo")]


def test_it_il_cui_primo_stabilimento():
    text = "Alder gestisce con Brightline la joint venture Kornex, il cui primo stabilimento a Kokomo produce da gennaio."
    assert _where(facs(text, _C, "it", places=["Kokomo"])) == [("Kornex", "Kokomo")]


def test_en_whose_plant():
    text = "Alder and Brightline set up Kornex, whose first plant in Kokomo began producing cells in January."
    assert _where(facs(text, _C, places=["Kokomo"])) == [("Kornex", "Kokomo")]


def test_whose_after_a_noun_is_not_the_company_before():
    # "a joint venture whose ...": the pronoun follows the venture noun, not a company name
    text = "Alder runs Kornex with Brightline, a joint venture whose first plant in Kokomo began producing cells."
    assert _where(facs(text, _C, places=["Kokomo"])) != [("Alder", "Kokomo")]


# ---------------------------------------------------------------- sites near a town

def test_en_park_near_town():
    text = "Kornex is building a 40 GWh gigafactory at Gravity Park, near Bridgwater in Somerset."
    assert _where(facs(text, ["Kornex"], places=["Bridgwater", "Somerset"])) == [("Kornex", "Bridgwater")]


def test_en_at_a_site_name_near_town():
    text = "Kornex is building a cell plant at Hollowmere, near Bridgwater."
    assert _where(facs(text, ["Kornex"], places=["Bridgwater"])) == [("Kornex", "Bridgwater")]


def test_de_gewerbegebiet_bei_town():
    text = "Kornex baut eine Zellfabrik im Gewerbegebiet Nordpark bei Magdeburg."
    assert _where(facs(text, ["Kornex"], "de", places=["Magdeburg"])) == [("Kornex", "Magdeburg")]


def test_fr_parc_pres_de_town():
    text = "Velora construit une usine de cellules sur le Parc Horizon, près de Dunkerque."
    assert _where(facs(text, ["Velora"], "fr", places=["Dunkerque"])) == [("Velora", "Dunkerque")]


def test_a_small_town_near_a_city_stays():
    # a town of the long list is the plant's place, not the city it is near
    text = "Velora construit une usine de cellules à Saint-Fons, près de Lyon."
    assert _where(facs(text, ["Velora"], "fr", places=["Lyon"])) == [("Velora", "Saint-Fons")]


def test_an_unknown_town_without_a_site_word_stays_outside_english_at():
    text = "Velora construye una planta de celdas en Villabrava, cerca de Zaragoza."
    assert _where(facs(text, ["Velora"], "es", places=["Zaragoza"])) == [("Velora", "Villabrava")]
