"""Plants (German): a production unit named "Fertigung" ("baut in X eine Batteriefertigung auf", "Die
Fertigung in X produziert 0,3 GWh im Jahr") is a plant when a building or production word and a place
come with it, as "Standort" and "Anlage" are; "die Fertigung des Modells X" is the work, not a plant;
"in Gang" is no town. (The other four languages name such a unit with nouns their lists already hold:
"production line", "linea di produzione", "ligne de production", "línea de producción".)

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("text,town", [
    ("Kornex baut in Kleinhausen eine Batteriefertigung auf.", "Kleinhausen"),
    ("Kornex errichtet in Kleinhausen eine Zellfertigung für 4 GWh.", "Kleinhausen"),
])
def test_a_fertigung_with_a_building_word_and_a_town(text, town):
    fs = facs(text, ["Kornex"], "de", places=[town])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", town)]


def test_the_production_of_a_model_is_no_plant():
    fs = facs("Kornex beendet die Fertigung des Modells Tarvo in Kleinhausen.", ["Kornex"], "de", places=["Kleinhausen"])
    assert fs == []


def test_in_gang_is_no_town():
    # (the building word and the town make a plant of "Batteriefertigung"; "in Gang" is no second place)
    fs = facs("Kornex baut in Kleinhausen eine Batteriefertigung und will sie noch in diesem Jahr in Gang bringen.",
              ["Kornex"], "de", places=["Kleinhausen"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Kleinhausen")]
