"""Plants: places and owners that a plant sentence names but that are not the plant's: the city of a
stock exchange ("una nota a la Bolsa de Hong Kong", "the Hong Kong Stock Exchange"), a compass noun
after "im" ("im Norden Frankreichs": not the town of Norden), and a marque in apposition ("X,
propietaria de la marca Y, ... su primera planta": the plant is X's).

Every sentence here is written for the test (invented companies, real places only where the place
list is needed); none comes from the dev or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


# ---------------------------------------------------------------- stock exchanges

def test_es_bolsa_de_city_is_no_plant_place():
    text = "Velora señaló en una nota a la Bolsa de Hong Kong que su fábrica de 15 GWh en Sines arrancará en 2028."
    fs = facs(text, ["Velora"], "es", places=["Hong Kong", "Sines"])
    assert _where(fs) == [("Velora", "Sines")]


def test_en_city_stock_exchange_is_no_plant_place():
    text = "Velora told the Hong Kong Stock Exchange that the plant would open in 2028."
    fs = facs(text, ["Velora"], places=["Hong Kong"])
    assert all(f.location != "Hong Kong" for f in fs)


def test_it_borsa_di_city():
    text = "Velora ha comunicato alla Borsa di Milano che lo stabilimento di Cortona aprirà nel 2028."
    fs = facs(text, ["Velora"], "it", places=["Milano", "Cortona"])
    assert _where(fs) == [("Velora", "Cortona")]


def test_a_city_named_without_an_exchange_stays():
    fs = facs("Velora opened a cell plant in Hong Kong.", ["Velora"], places=["Hong Kong"])
    assert _where(fs) == [("Velora", "Hong Kong")]


# ---------------------------------------------------------------- compass nouns

def test_de_im_norden_is_a_direction():
    fs = facs("Kornex betreibt in Arras im Norden Frankreichs eine Zellfabrik.", ["Kornex"], "de", places=["Arras", "Norden"])
    assert _where(fs) == [("Kornex", "Arras")]


def test_de_im_osten_alone_gives_no_place():
    fs = facs("Kornex betreibt im Osten eine Zellfabrik.", ["Kornex"], "de", places=["Osten"])
    assert _where(fs) == [("Kornex", None)]


def test_de_in_norden_is_the_town():
    fs = facs("Kornex betreibt in Norden eine Zellfabrik.", ["Kornex"], "de", places=["Norden"])
    assert _where(fs) == [("Kornex", "Norden")]


# ---------------------------------------------------------------- marques

def test_de_owner_of_the_marque_owns_the_plant():
    text = "Kornex, Eigentümer der Marke Velo, sucht einen Standort für ein eigenes Werk in Galicien."
    fs = facs(text, ["Kornex", "Velo"], "de", places=["Galicien"])
    assert _where(fs) == [("Kornex", "Galicien")]


def test_en_the_marque_after_its_name():
    text = "The Velo brand will be built at a new plant in Vigo that Kornex opens next year."
    fs = facs(text, ["Kornex", "Velo"], places=["Vigo"])
    assert _where(fs) == [("Kornex", "Vigo")]


def test_es_a_marque_alone_is_kept():
    # no other company: the marque is all the sentence names
    fs = facs("La marca Velo fabricará su primer coche eléctrico en la planta de Vigo.", ["Velo"], "es", places=["Vigo"])
    assert _where(fs) == [("Velo", "Vigo")]
