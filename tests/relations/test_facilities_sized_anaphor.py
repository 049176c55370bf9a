"""Plants: a definite plant noun with its size before it ("The 12 GWh factory, which cost ...", "Die
20-GWh-Fabrik") points back to the story's plant as a bare "the plant" does; a building verb in another
clause puts no plant at a place named later ("..., which has been under construction since 2024, is
one of the largest investments outside London"); "The Kestrow plant" and "Its Kestrow plant" open a
sentence with the plant's town as they do inside one; a joint-venture noun the entity stage resolved
is a name, not the venture a plant of another company belongs to.

Invented companies and towns throughout."""

from __future__ import annotations

import pytest

from tierscope.relations import facility_cues as cues

from .helpers import facs


def _f(fs):
    return [(f.owner, f.location, f.capacity and f.capacity["value"]) for f in fs]


@pytest.mark.parametrize("language,text", [
    ("en", "The 12 GWh factory, which cost 900 million pounds, makes cells for the Halden Vela."),
    ("en", "The $2 billion plant will make 300,000 packs a year."),
    ("en", "The 4 billion pound factory has been under construction since 2024."),
    ("en", "The 40-gigawatt-hour plant is due to open in 2027."),
    ("en", "The 30,000-tonne refinery will start in 2026."),
    ("de", "Die 20-GWh-Fabrik soll 1.500 Menschen beschäftigen."),
    ("de", "Das 2-Milliarden-Euro-Werk soll 2027 anlaufen."),
])
def test_a_sized_definite_noun_points_back(language, text):
    assert cues.compiled(language)["anaphor_start"].match(text)


@pytest.mark.parametrize("language,text", [
    ("en", "A 12 GWh factory will follow in 2028."),
    ("en", "Halden Motors' 12 GWh factory will follow."),
    ("de", "Eine 20-GWh-Fabrik soll folgen."),
])
def test_an_indefinite_or_owned_sized_noun_does_not(language, text):
    assert not cues.compiled(language)["anaphor_start"].match(text)


def test_the_sized_noun_takes_the_plant_before_not_the_other_company():
    text = ("Norvane Cells has started production at its battery plant in Wexcombe, and Halden Motors will take the "
            "first cells. The 12 GWh factory, which cost 900 million pounds, makes cells for the Halden Vela.")
    fs = facs(text, ["Norvane Cells", "Halden Motors"], places=["Wexcombe"], capacity={"12 GWh": (12, "GWh")})
    assert _f(fs) == [("Norvane Cells", "Wexcombe", 12)]


def test_a_build_verb_in_another_clause_places_nothing():
    text = ("Norvane Cells is building a battery plant near Wexcombe. Deliveries are due to begin in 2027. "
            "The factory, which has been under construction since last year, is designed for 30 GWh, "
            "making it one of the largest investments in England outside London in a decade.")
    fs = facs(text, ["Norvane Cells"], places=["Wexcombe", "England", "London"], capacity={"30 GWh": (30, "GWh")})
    assert _f(fs) == [("Norvane Cells", "Wexcombe", 30)]


def test_a_build_verb_in_the_same_clause_still_places():
    text = ("Norvane Cells is building a battery plant near Wexcombe. Deliveries are due to begin in 2027. "
            "The second plant will be built in Harlow.")
    fs = facs(text, ["Norvane Cells"], places=["Wexcombe", "Harlow"])
    assert ("Norvane Cells", "Harlow", None) in _f(fs)


def test_en_town_before_the_noun_opening_the_sentence():
    fs = facs("Marsden Cells runs two plants. Its Harrowgate plant makes 12 GWh of cells a year.", ["Marsden Cells"],
              capacity={"12 GWh": (12, "GWh")})
    assert _f(fs) == [("Marsden Cells", "Harrowgate", 12)]
    fs = facs("The Dunstead gigafactory of Pramex Motors will start production in 2027.", ["Pramex Motors"])
    assert _f(fs) == [("Pramex Motors", "Dunstead", None)]


def test_en_a_capitalised_product_word_is_no_part_of_the_town():
    fs = facs("Tervane Motors said the Kestrow Assembly Plant would add a shift.", ["Tervane Motors"])
    assert _f(fs) == [("Tervane Motors", "Kestrow", None)]


def test_a_resolved_venture_noun_is_a_name():
    text = ("Brenta Motors détient avec Ardan la coentreprise Velaris Cells. La coentreprise a confirmé être en "
            "discussions avec le chinois Kelvo Energy, qui construit une usine à Kenitra au Maroc.")
    fs = facs(text, ["Brenta Motors", "Ardan", "Velaris Cells", "Kelvo Energy"], "fr", places=["Kenitra", "Maroc"],
              coref={"La coentreprise": "Velaris Cells"})
    assert [(f.owner, f.location) for f in fs] == [("Kelvo Energy", "Kenitra")]
