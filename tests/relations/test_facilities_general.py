"""Plants: general constructions of news writing about plants, in the five languages.

Every sentence here is written for the test (invented companies, and places where the rule does not
need the place gazetteer); none comes from the dev or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.status, f.capacity and f.capacity["value"]) for f in fs]


def _where(fs):
    return [(f.owner, f.location) for f in fs]


# --------------------------------------------------------------------------- place qualifiers
# "Lumbier (Navarra)", "Queen Creek, Arizona", "Bridgwater, nel Somerset": the second place says
# where the first lies; the plant is in the first, however near the noun the second one is.


def test_es_province_in_brackets_after_the_town():
    fs = facs("Velora levantará en Cortes (Navarra) una planta de celdas.", ["Velora"], "es", places=["Navarra"])
    assert _where(fs) == [("Velora", "Cortes")]


def test_it_region_after_a_comma_before_the_subject():
    text = "A Rivarolo, nel Piemonte, Voltaria sta costruendo una gigafactory."
    fs = facs(text, ["Voltaria"], "it", places=["Piemonte"])
    assert _f(fs) == [("Voltaria", "Rivarolo", "under_construction", None)]


def test_de_land_in_brackets_after_the_town():
    fs = facs("Kornex baut in Kolkwitz (Brandenburg) ein Zellwerk.", ["Kornex"], "de", places=["Brandenburg"])
    assert _where(fs) == [("Kornex", "Kolkwitz")]


def test_en_state_after_a_comma_is_no_second_place():
    fs = facs("Morlan is building a cell plant outside Pell City, Alabama.", ["Morlan"], places=["Alabama"])
    assert _where(fs) == [("Morlan", "Pell City")]


def test_en_a_list_of_states_is_no_place_qualifying_another():
    fs = facs("Morlan runs cell plants in Ohio, Tennessee and Michigan.", ["Morlan"],
              places=["Ohio", "Tennessee", "Michigan"])
    assert _where(fs) == [("Morlan", "Ohio"), ("Morlan", "Tennessee"), ("Morlan", "Michigan")]


def test_fr_city_in_brackets_is_the_province_not_the_plant():
    fs = facs("Brelix a ouvert une usine de cathodes à Sorbiers (Loire).", ["Brelix"], "fr", places=["Loire"])
    assert _where(fs) == [("Brelix", "Sorbiers")]


# --------------------------------------------------------------------------- the place that opens the sentence
# "In Dresden baut Infineon ...": a locative at the start of the sentence sets the scene for a plant
# noun far after it, and beats a continent or country named after the noun ("the largest in Europe").


def test_de_opening_place_beats_a_continent_after_the_noun():
    text = "Im sächsischen Zeitz hat der Spezialist Kornex im Mai die erste Kathodenfabrik in Europa eröffnet."
    [f] = facs(text, ["Kornex"], "de", places=["Europa"])
    assert (f.owner, f.location, f.status) == ("Kornex", "Zeitz", "active")


def test_en_opening_place_beats_europe_after_the_noun():
    text = "In Lintborough, Kestrel Batteries and two partners have started building the largest cathode plant in Europe."
    [f] = facs(text, ["Kestrel Batteries"], places=["Europe"])
    assert (f.owner, f.location) == ("Kestrel Batteries", "Lintborough")


def test_it_opening_place_with_an_adverb_after_it():
    text = "A Termoli, intanto, proseguono i lavori per la gigafactory di Voltaria, la più grande d'Italia."
    [f] = facs(text, ["Voltaria"], "it", places=["Italia"])
    assert (f.owner, f.location) == ("Voltaria", "Termoli")


def test_es_opening_place_with_an_adjective():
    text = "En Tudela, la empresa Vexa inauguró ayer la mayor planta de reciclaje de España."
    [f] = facs(text, ["Vexa"], "es", places=["España"])
    assert (f.owner, f.location, f.status) == ("Vexa", "Tudela", "active")


def test_fr_a_place_attached_to_the_noun_beats_the_opening_place():
    [f] = facs("À Paris, Brelix a annoncé une usine de cellules à Bourgneuf.", ["Brelix"], "fr", places=["Paris"])
    assert (f.owner, f.location) == ("Brelix", "Bourgneuf")


def test_en_coordinated_states_after_a_state():
    fs = facs("Morlan is building battery plants in Ohio and Tennessee.", ["Morlan"], places=["Ohio", "Tennessee"])
    assert _where(fs) == [("Morlan", "Ohio"), ("Morlan", "Tennessee")]


# --------------------------------------------------------------------------- a place that acts
# "financée par Québec et Ottawa", "funded by Ontario": a government that pays is no place of the plant.


def test_fr_place_after_par_is_an_agent():
    text = "Brelix a ouvert une usine de cathodes à Sorbiers. L'usine, financée en partie par Lyon, emploie 300 personnes."
    fs = facs(text, ["Brelix"], "fr", places=["Lyon"])
    assert _where(fs) == [("Brelix", "Sorbiers")]


def test_en_place_after_by_is_an_agent():
    fs = facs("Morlan's cell plant, funded by Ontario, is under construction.", ["Morlan"], places=["Ontario"])
    assert _where(fs) == [("Morlan", None)]


def test_es_place_after_por_is_an_agent_but_one_after_en_is_not():
    fs = facs("La planta de Vexa, apoyada por Aragón, se construye en Utebo.", ["Vexa"], "es", places=["Aragón"])
    assert _where(fs) == [("Vexa", "Utebo")]
