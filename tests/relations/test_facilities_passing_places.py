"""A sentence that opens on the plant just named keeps to that plant: a place it mentions in passing
(a mine, a customer's town, a city the site lies near) is not a new plant that takes the capacity."""

from __future__ import annotations

import pytest

from .helpers import facs


def _f(fs):
    return sorted((f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs)


@pytest.mark.parametrize("lang,text,places,cap", [
    ("en", "Korlan is building an anode plant in Marlowe. The plant will refine graphite mined at a quarry near Dunmore "
           "and will turn out 40,000 tonnes a year.", ["Marlowe", "Dunmore"], "40,000 tonnes"),
    ("fr", "Korlan construit une usine d'anodes à Marlowe. L'usine transformera le graphite extrait d'une carrière à "
           "Dunmore et produira 40 000 tonnes par an.", ["Marlowe", "Dunmore"], "40 000 tonnes"),
    ("it", "Korlan sta costruendo uno stabilimento di anodi a Marlowe. Lo stabilimento lavorerà la grafite estratta in "
           "una cava a Dunmore e produrrà 40.000 tonnellate l'anno.", ["Marlowe", "Dunmore"], "40.000 tonnellate"),
    ("de", "Korlan baut ein Anodenwerk in Marlowe. Das Werk soll Graphit aus einer Grube bei Dunmore verarbeiten "
           "und 40.000 Tonnen im Jahr liefern.", ["Marlowe", "Dunmore"], "40.000 Tonnen"),
    ("es", "Korlan construye una planta de ánodos en Marlowe. La planta procesará grafito extraído de una cantera en "
           "Dunmore y producirá 40.000 toneladas al año.", ["Marlowe", "Dunmore"], "40.000 toneladas"),
])
def test_a_place_in_passing_is_not_a_second_plant(lang, text, places, cap):
    fs = facs(text, ["Korlan"], lang, places=places, capacity={cap: (40000, "t/y")})
    assert _f(fs) == [("Korlan", "Marlowe", 40000)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Korlan runs an anode plant in Marlowe. The plant in Dunmore will make 40,000 tonnes a year."),
    ("it", "Korlan gestisce uno stabilimento di anodi a Marlowe. Il sito nordico, nella provincia di Dunmore, produrrà 40.000 tonnellate l'anno."),
    ("de", "Korlan betreibt ein Anodenwerk in Marlowe. Das Werk im nördlichen Dunmore soll 40.000 Tonnen im Jahr liefern."),
])
def test_a_place_given_to_the_plant_noun_is_still_its_own(lang, text):
    cap = {"en": "40,000 tonnes", "it": "40.000 tonnellate", "de": "40.000 Tonnen"}[lang]
    fs = facs(text, ["Korlan"], lang, places=["Marlowe", "Dunmore"], capacity={cap: (40000, "t/y")})
    assert ("Korlan", "Dunmore", 40000) in _f(fs)
