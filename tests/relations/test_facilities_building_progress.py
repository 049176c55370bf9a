"""A plant whose building is told as under way ("construction of the 18 GWh plant is well advanced",
"sta installando", "a lancé les travaux", "levanta su planta", "Richtfest gefeiert") is under
construction, not merely announced; a start told ahead ("will break ground next year") is not.
Sentences written for the test."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "In Kestrup, construction of Brelix's 18 GWh cell plant is well advanced."),
    ("en", "Brelix has topped out its cell plant in Kestrup."),
    ("en", "Construction of Brelix's new cell plant in Kestrup has begun."),
    ("it", "Brelix sta installando le linee nello stabilimento di Kestrup."),
    ("it", "Brelix sta ultimando lo stabilimento di celle di Kestrup."),
    ("fr", "Brelix a lancé les travaux de son usine de cellules à Kestrup."),
    ("fr", "À Kestrup, l'usine de Brelix est en cours d'installation sur l'ancien site textile."),
    ("fr", "Brelix a coulé en juin les fondations de la halle principale de son usine de Kestrup."),
    ("es", "Brelix levanta su planta de celdas en Kestrup junto al puerto."),
    ("es", "En Kestrup, las obras de la planta de celdas de Brelix han comenzado este mes."),
    ("de", "Für das Zellwerk von Brelix in Kestrup wurde im Mai das Richtfest gefeiert."),
])
def test_building_under_way(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup"])
    assert [(f.owner, f.location, f.status) for f in fs] == [("Brelix", "Kestrup", "under_construction")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Brelix will break ground on its cell plant in Kestrup next year."),
    ("es", "Brelix levanta dudas sobre su planta de celdas en Kestrup."),
])
def test_building_told_ahead_or_not_at_all(lang, text):
    fs = facs(text, ["Brelix"], lang, places=["Kestrup"])
    assert all(f.status != "under_construction" for f in fs)
