"""The plant of a unit a sentence names ("the Ashby plant of its subsidiary Brelix", "l'usine de sa
filiale Brelix", "lo stabilimento della controllata Brelix", "la planta de su filial Brelix", "das Werk
der Tochter Brelix"): the unit runs it, not the parent that is the subject of the sentence.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Kornex closed the Ashby plant of its subsidiary Brelix last year.", "Ashby"),
    ("fr", "Kornex a fermé l'usine de sa filiale Brelix à Sorbiers.", "Sorbiers"),
    ("it", "Kornex ha chiuso lo stabilimento della controllata Brelix a Cortona.", "Cortona"),
    ("es", "Kornex cerró la planta de su filial argentina Brelix en Villabrava.", "Villabrava"),
])
def test_the_plant_of_a_named_unit_is_the_units(lang, text, place):
    assert [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix"], lang, places=_P)] == [("Brelix", place)]


def test_a_plant_of_the_subject_with_a_unit_as_customer_stays_the_subjects():
    text = "Kornex will supply the cells from its Ashby plant to Brelix, a unit of Torvane."
    got = [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix", "Torvane"], "en", places=_P)]
    assert ("Kornex", "Ashby") in got and ("Brelix", "Ashby") not in got
