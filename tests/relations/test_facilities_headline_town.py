"""A plant that no sentence places takes the one town the story's headline names, as it takes a
dateline city: "Brelix starts series production in Debrecen" then "Its new cell plant will ..."."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,headline,body", [
    ("en", "Brelix starts series production in Debrecen", "Brelix said its new cell plant will reach 20 GWh a year by 2028."),
    ("fr", "Brelix lance la production en série à Debrecen", "Brelix a indiqué que sa nouvelle usine de cellules atteindra 20 GWh par an en 2028."),
    ("it", "Brelix avvia la produzione in serie a Debrecen", "Brelix ha detto che il suo nuovo stabilimento di celle arriverà a 20 GWh l'anno nel 2028."),
    ("de", "Brelix startet die Serienfertigung in Debrecen", "Brelix teilte mit, sein neues Zellwerk werde 2028 jährlich 20 GWh erreichen."),
    ("es", "Brelix inicia la producción en serie en Debrecen", "Brelix dijo que su nueva planta de celdas alcanzará 20 GWh al año en 2028."),
])
def test_an_unplaced_plant_takes_the_headline_town(lang, headline, body):
    fs = facs(headline + ".\n" + body, ["Brelix"], lang, places=["Debrecen"], capacity={"20 GWh": (20, "GWh")})
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", "Debrecen")]


def test_no_headline_town_when_the_headline_names_two():
    text = "Brelix weighs Debrecen against Salzgitter.\nBrelix said its new cell plant will reach 20 GWh a year by 2028."
    fs = facs(text, ["Brelix"], "en", places=["Debrecen", "Salzgitter"], capacity={"20 GWh": (20, "GWh")})
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", None)]


def test_not_from_a_first_sentence_that_is_no_headline():
    # (the same words run on in one paragraph: a lead sentence, whose town may be anyone's)
    text = "Brelix starts series production in Debrecen. Brelix said its new cell plant will reach 20 GWh a year by 2028."
    fs = facs(text, ["Brelix"], "en", places=["Debrecen"], capacity={"20 GWh": (20, "GWh")})
    assert [(f.owner, f.location) for f in fs if f.capacity] == [("Brelix", None)]
