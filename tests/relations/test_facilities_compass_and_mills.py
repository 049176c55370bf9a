"""Plants: a town after a compass word ("a rolling mill north of Brenton", "nördlich von Kolkwitz", "au
nord de Sorbiers", "a nord di Cortona", "al norte de Villabrava") is the plant's place, even one the
place lists do not know; a town the place before it lies to one side of ("Kestrup, an industrial
strip south of Marlow, where ...") only says where that place lies. And an English "rolling mill",
"aluminum mill" or "paper mill" is a plant ("run-of-the-mill" is not).

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang, text, town", [
    ("en", "Kornex said its aluminum rolling mill north of Brenton would open in 2027.", "Brenton"),
    ("de", "Kornex baut nördlich von Brentingen eine Zellfabrik.", "Brentingen"),
    ("fr", "Kornex construit une usine de cellules au nord de Brenteuil.", "Brenteuil"),
    ("it", "Kornex costruisce uno stabilimento a nord di Brentola.", "Brentola"),
    ("es", "Kornex construye una planta de celdas al norte de Brentilla.", "Brentilla"),
])
def test_a_town_after_a_compass_word(lang, text, town):
    assert _where(facs(text, ["Kornex"], lang)) == [("Kornex", town)]


def test_the_town_a_place_lies_to_one_side_of_is_no_plant_place():
    text = "The ore travels to Kestrup, an industrial strip south of Marlow, where Kornex operates a lithium refinery."
    assert _where(facs(text, ["Kornex"], places=["Kestrup", "Marlow"])) == [("Kornex", "Kestrup")]


@pytest.mark.parametrize("text", [
    "Kornex is building a $4bn aluminum rolling mill in Brenton.",
    "Kornex runs a paper mill in Brenton.",
])
def test_mills_are_plants(text):
    assert _where(facs(text, ["Kornex"], places=["Brenton"])) == [("Kornex", "Brenton")]


def test_run_of_the_mill_is_no_plant():
    assert facs("The deal is run-of-the-mill stuff, Kornex said in Brenton.", ["Kornex"], places=["Brenton"]) == []
