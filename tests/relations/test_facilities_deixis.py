"""A plant placed by an adverb of place that points back ("Dort baut X ...", "X y construit ...",
"Qui X sta costruendo ...", "X levanta allí ...", "X is building ... there"): the town the sentence
before names last, or one the sentence itself names before the adverb; never a town given as a
landmark another place lies from, a head office or an exchange, nor an existential "there is"."""

from __future__ import annotations

import pytest

from tierscope.relations.facility_deixis import deictic

from .helpers import facs

CAP = {"18 GWh": (18, "GWh")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The packs leave by barge from the inland harbour of Valbrena. Brelix is building a new cell plant there with 18 GWh a year."),
    ("de", "Die Module kommen aus dem ungarischen Valbrena. Dort baut Brelix ein neues Zellwerk mit 18 GWh im Jahr."),
    ("fr", "Les packs quittent par péniche le port de Valbrena. Brelix y construit une deuxième usine, de 18 GWh par an."),
    ("it", "I moduli partono dal porto fluviale di Valbrena. Qui Brelix sta costruendo un nuovo stabilimento di celle da 18 GWh l'anno."),
    ("es", "Los módulos salen del puerto fluvial de Valbrena. Brelix levanta allí una nueva planta de celdas de 18 GWh al año."),
])
def test_there_is_the_town_of_the_sentence_before(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Valbrena"], capacity=CAP)
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", "Valbrena")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The site lies in Kestrup, 40 km north of Valbrena. Brelix is building a cell plant there with 18 GWh a year."),
    ("fr", "Le terrain se trouve à Kestrup, à trente-cinq kilomètres environ au sud de Valbrena. Brelix y construit une usine de 18 GWh par an."),
    ("es", "El terreno está en Kestrup, a unos cuarenta kilómetros al norte de Valbrena. Brelix levantará allí una planta de 18 GWh al año."),
])
def test_not_the_town_a_place_lies_from(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup", "Valbrena"], capacity=CAP)
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", "Kestrup")]


def test_a_town_before_the_adverb_in_its_own_sentence():
    # (the region after the noun is no town; the town before "qui" is the plant's, not the one before)
    text = ("I sindacati si sono riuniti a Valbrena. "
            "Kestrup ha un vantaggio netto sulle altre città della valle: Brelix, che qui ha già uno stabilimento da 18 GWh l'anno, è il primo datore di lavoro del Piemonte.")
    fs = facs(text, ["Brelix"], "it", places=["Kestrup", "Valbrena", "Piemonte"], capacity=CAP)
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", "Kestrup")]


@pytest.mark.parametrize("lang,text", [
    ("it", "Brelix, quotata a Valbrena, ha chiuso il trimestre in utile. Qui Brelix sta costruendo uno stabilimento da 18 GWh l'anno."),
    ("en", "Brelix, headquartered in Valbrena, reported higher sales. Brelix is building a cell plant there with 18 GWh a year."),
])
def test_not_a_head_office_or_an_exchange(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Valbrena"], capacity=CAP)
    assert all(f.location != "Valbrena" for f in fs)


@pytest.mark.parametrize("lang,text", [
    ("en", "There is a new plant planned."),
    ("en", "Then there are the cells."),
    ("fr", "Il y a une usine."),
    ("fr", "Les coûts, y compris l'usine."),
    ("es", "Y la planta crecerá de aquí a 2030."),
    ("it", "Al di là dello stabilimento, più in là si vedrà."),
])
def test_no_adverb_of_place(lang, text):
    assert deictic(text, lang) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "It builds the plant there."), ("de", "Dort baut sie."), ("fr", "Elle y construit une usine."),
    ("fr", "Les presses vont y arriver en mai."), ("it", "Anche lì lo stabilimento."), ("es", "Allí levanta una planta."),
])
def test_an_adverb_of_place(lang, text):
    assert deictic(text, lang) is not None


def test_property_is_no_head_office():
    # "Besitz" (property) ends in "Sitz" but names no seat: the town is the plant's
    text = "Das Gelände ist im Besitz der Stadt Kestrup. Dort baut Brelix ein Zellwerk mit 18 GWh im Jahr."
    fs = facs(text, ["Brelix"], "de", places=["Kestrup"], capacity=CAP)
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", "Kestrup")]


def test_a_head_office_in_a_compound_is_still_one():
    text = "Brelix hat seinen Firmensitz in Kestrup. Dort baut Brelix ein Zellwerk mit 18 GWh im Jahr."
    fs = facs(text, ["Brelix"], "de", places=["Kestrup"], capacity=CAP)
    assert all(f.location != "Kestrup" for f in fs)
