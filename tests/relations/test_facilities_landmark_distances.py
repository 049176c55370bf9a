"""A plant set beside another company's plant: news say how close the new one is ("a stone's throw from
the Brelix factory", "in unmittelbarer Nähe des Brelix-Werks", "zwei Kilometer Luftlinie von der
Brelix-Fabrik entfernt", "a due passi dallo stabilimento di Brelix", "à proximité de l'usine Brelix",
"a pocos metros de la planta de Brelix"): the nearby plant is a landmark, and its company owns none of
the sentence's other plants. A weak plant word may be the landmark too ("neben dem bestehenden
Brelix-Standort ... eine Anlage"): the plant is the next one.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


@pytest.mark.parametrize("lang, text, place", [
    ("de", "Kornex errichtet in unmittelbarer Nähe des Brelix-Werks in Kolkwitz eine eigene Zellfabrik.", "Kolkwitz"),
    ("de", "Kornex baut zwei Kilometer Luftlinie von der Brelix-Fabrik entfernt in Kolkwitz ein Werk.", "Kolkwitz"),
    ("de", "Kornex plant, neben dem bestehenden Brelix-Standort in Kolkwitz eine Anlage mit einer Kapazität "
           "von 60.000 Tonnen pro Jahr zu errichten.", "Kolkwitz"),
    ("fr", "Kornex construit à proximité de l'usine Brelix de Sorbiers une usine de cellules.", "Sorbiers"),
    ("it", "Kornex costruirà a due passi dallo stabilimento di Brelix a Cortona una fabbrica di celle.", "Cortona"),
    ("es", "Kornex levanta a pocos metros de la planta de Brelix en Villabrava una fábrica de celdas.", "Villabrava"),
    ("en", "Kornex is building a cell plant a stone's throw from the Brelix factory in Ashby.", "Ashby"),
])
def test_the_company_of_a_nearby_plant_owns_no_new_one(lang, text, place):
    got = [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix"], lang, places=_P)]
    assert ("Kornex", place) in got
    assert all(owner != "Brelix" for owner, _ in got)


def test_a_plant_that_is_not_near_another_keeps_its_owner():
    text = "Brelix baut in Kolkwitz eine Zellfabrik, zwei Kilometer vom Bahnhof entfernt."
    assert [(f.owner, f.location) for f in facs(text, ["Brelix"], "de", places=_P)] == [("Brelix", "Kolkwitz")]


# The landmark's owner after its noun is the first name found there, where it is a company: a town
# right after the noun says where the landmark is, and a company after the town (Italian and Spanish
# put no comma after a fronted place) is the subject building the new plant.
@pytest.mark.parametrize("lang, text, place", [
    ("it", "Accanto allo stabilimento di Cortona Kornex costruirà una fabbrica di celle.", "Cortona"),
    ("es", "Junto a la planta de Villabrava Kornex levantará una fábrica de celdas.", "Villabrava"),
])
def test_a_town_after_the_landmark_noun_leaves_the_company_after_it_the_owner(lang, text, place):
    got = [f.owner for f in facs(text, ["Kornex"], lang, places=_P)]
    assert "Kornex" in got


@pytest.mark.parametrize("lang, text", [
    ("de", "Kornex baut neben dem Werk des Autobauers Brelix in Kolkwitz eine Zellfabrik."),
    ("en", "Kornex is building a cell plant next to the factory of German Brelix in Ashby."),
])
def test_a_company_after_a_description_still_owns_the_landmark(lang, text):
    got = [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix"], lang, places=_P)]
    assert all(owner != "Brelix" for owner, _ in got)
    assert any(owner == "Kornex" for owner, _ in got)
