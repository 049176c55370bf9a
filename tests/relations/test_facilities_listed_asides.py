"""Plants in a list of towns, each set off with its country or region ("plants in Marlowe, Germany,
and Tesco, Italy", "à Marlowe, en Allemagne, et à Tesco, en Italie", "in Marlowe in Deutschland und
im italienischen Tesco"): one plant per town, the countries are asides. A fact told after the list
goes to the plant the noun names first, not to the last town listed."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text,places", [
    ("en", "Kornex plans cell plants in Marlowe, Germany, and Tesco, Italy.", ["Marlowe", "Germany", "Tesco", "Italy"]),
    ("fr", "Kornex prévoit des usines à Marlowe, en Allemagne, et à Tesco, en Italie.", ["Marlowe", "Allemagne", "Tesco", "Italie"]),
    ("it", "Kornex prevede stabilimenti a Marlowe, in Germania, e a Tesco, in Italia.", ["Marlowe", "Germania", "Tesco", "Italia"]),
    ("es", "Kornex prevé plantas en Marlowe, en Alemania, y en Tesco, en Italia.", ["Marlowe", "Alemania", "Tesco", "Italia"]),
    ("de", "Kornex plant Werke in Marlowe in Deutschland und im italienischen Tesco.", ["Marlowe", "Deutschland", "Tesco"]),
])
def test_each_town_of_the_list_has_its_plant(lang, text, places):
    fs = facs(text, ["Kornex"], lang, places=places)
    assert sorted((f.owner, f.location) for f in fs) == [("Kornex", "Marlowe"), ("Kornex", "Tesco")]


def test_a_list_of_one_town_and_a_country_is_one_plant():
    fs = facs("Kornex plans a cell plant in Marlowe, Germany, and sells packs in France.", ["Kornex"], "en",
              places=["Marlowe", "Germany", "France"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kornex plans cell plants in Marlowe and Tesco. The capacity is to reach 40 GWh."),
    ("de", "Kornex plant Zellwerke in Marlowe und in Tesco. Die Kapazität soll 40 GWh erreichen."),
])
def test_a_late_capacity_goes_to_the_plant_named_first(lang, text):
    fs = facs(text, ["Kornex"], lang, places=["Marlowe", "Tesco"], capacity={"40 GWh": (40, "GWh")})
    assert [(f.location, f.capacity and f.capacity["value"]) for f in fs] == [("Marlowe", 40), ("Tesco", None)]


@pytest.mark.parametrize("lang,text,places", [
    # (no company in the list's sentence: its owner is only the story's company, one plant at most)
    ("en", "Kornex sells packs across Europe. Proposed plants in Marlowe, Spain, and Tesco, Poland, await a final decision.",
     ["Marlowe", "Spain", "Tesco", "Poland"]),
    ("fr", "Kornex vend des batteries en Europe. Les usines envisagées à Marlowe, en Espagne, et à Tesco, en Pologne, attendent un feu vert.",
     ["Marlowe", "Espagne", "Tesco", "Pologne"]),
    ("de", "Kornex verkauft Batterien in Europa. Geplante Werke in Marlowe und im polnischen Tesco warten noch auf grünes Licht.",
     ["Marlowe", "Tesco"]),
])
def test_a_listed_town_takes_no_owner_from_the_story(lang, text, places):
    fs = facs(text, ["Kornex"], lang, places=places)
    assert ("Kornex", "Tesco") not in [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang,text,places", [
    # plants the sentence says are on hold, told in passing: the list gives no plant past the first
    ("en", "Kornex has put its planned cell plants in Marlowe, Germany, and Tesco, Italy, on hold.", ["Marlowe", "Germany", "Tesco", "Italy"]),
    ("en", "Kornex has shelved the cell plants in Marlowe and Tesco.", ["Marlowe", "Tesco"]),
    ("de", "Die Werke von Kornex in Marlowe und im spanischen Tesco bleiben bis auf Weiteres auf Eis.", ["Marlowe", "Tesco"]),
    ("de", "Kornex hat die Werke in Marlowe und Tesco vorerst eingefroren.", ["Marlowe", "Tesco"]),
    ("fr", "Kornex a gelé ses usines de Marlowe et de Tesco.", ["Marlowe", "Tesco"]),
    ("fr", "Les usines de Kornex à Marlowe, en Espagne, et à Tesco, en Pologne, restent en pause.", ["Marlowe", "Espagne", "Tesco", "Pologne"]),
    ("it", "Kornex ha congelato gli stabilimenti di Marlowe e Tesco.", ["Marlowe", "Tesco"]),
    ("it", "Gli stabilimenti di Kornex a Marlowe e a Tesco restano in sospeso.", ["Marlowe", "Tesco"]),
    ("es", "Kornex ha congelado sus plantas de Marlowe y Tesco.", ["Marlowe", "Tesco"]),
    ("es", "Las plantas de Kornex en Marlowe y en Tesco siguen paralizadas.", ["Marlowe", "Tesco"]),
])
def test_a_list_of_paused_plants_gives_no_second_plant(lang, text, places):
    fs = facs(text, ["Kornex"], lang, places=places)
    assert "Tesco" not in [f.location for f in fs]
    assert ("Kornex", "Marlowe") in [(f.owner, f.location) for f in fs]


def test_in_der_before_a_listed_place_is_read_whole():
    # ("in der" stood after "in" in the list's links, and "in" alone left "der" before the place)
    fs = facs("Kornex betreibt Anodenwerke in Sachsen und in der Lausitz.", ["Kornex"], "de", places=["Sachsen", "Lausitz"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Sachsen"), ("Kornex", "Lausitz")]


@pytest.mark.parametrize("text", [
    "Kornex betreibt Anodenwerke in Marlowe und in der Nähe von Tesco.",
    "Kornex betreibt Anodenwerke in Marlowe und in der Kreisstadt Tesco.",
])
def test_no_unknown_name_after_in_der(text):
    # (a German noun follows "in der" as often as a name: no name the place list does not know)
    fs = facs(text, ["Kornex"], "de", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]
