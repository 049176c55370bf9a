"""The plant itself told as built by its contractor ("The plant is being built by Y", "Lo stabilimento è
realizzato da Y", "L'usine est construite par Y", "La planta está siendo construida por Y"), the work
noun with its adjective ("I lavori edili sono stati affidati a Y", "La construction du bâtiment a été
confiée à Y"), and the contractor's own group set beside it by an apposition ("Y, la filiale de Z"): the
contractor supplies the company the story names most (plant_works.py). Sentences written for these tests
with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import story_supplies

_SECTORS = {"Maltrix": ["battery_cells"], "Grovell": ["construction"], "Grovell Holding": ["construction"],
            "Korvan": ["carmaker"]}


def _supplies(text, language):
    return story_supplies(text, language, _SECTORS)


@pytest.mark.parametrize("language, text", [
    ("en", "The plant is being built by Grovell, which has 300 workers on site."),
    ("it", "Lo stabilimento è realizzato dalla Grovell, che ha 300 operai in cantiere."),
    ("it", "Dopo la gara, i lavori edili saranno affidati a Grovell, che partirà a ottobre."),
    ("fr", "L'usine est construite par Grovell, qui emploie 300 personnes sur place."),
    ("fr", "La construction du site sera attribuée à Grovell, la filiale de Grovell Holding."),
    ("es", "La planta está siendo construida por Grovell, que tiene 300 operarios."),
])
def test_the_builder_of_the_plant_supplies_the_story_company(language, text):
    assert ("Grovell", "Maltrix") in _supplies(text, language)


def test_a_customer_named_with_the_builder_is_read_in_the_sentence():
    got = _supplies("The plant is being built by Grovell for Korvan.", "en")
    assert ("Grovell", "Maltrix") not in got
