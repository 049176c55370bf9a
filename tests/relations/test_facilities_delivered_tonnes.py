"""An amount in tonnes a contract delivers or buys each year is no capacity of the plant, as for
amounts in GWh and goods ("Lieferungen von jährlich bis zu 7.000 Tonnen"); the plant's own yearly
tonnes still count."""

from __future__ import annotations

import pytest

from .helpers import facs


def _caps(text, lang):
    return [(f.owner, f.location, f.capacity and f.capacity["value"])
            for f in facs(text, ["Brelix", "Orvan"], lang, places=["Wittlage"])]


@pytest.mark.parametrize("lang,text", [
    ("de", "Brelix baut in Wittlage einen Konverter. Orvan hat sich Lieferungen von jährlich bis zu 7.000 Tonnen gesichert."),
])
def test_a_contracts_tonnes_are_no_capacity(lang, text):
    assert ("Brelix", "Wittlage", 7000) not in _caps(text, lang)


def test_the_plants_own_tonnes_still_count():
    text = "Brelix baut in Wittlage einen Konverter. Er soll jährlich bis zu 7.000 Tonnen verarbeiten."
    assert ("Brelix", "Wittlage", 7000) in _caps(text, "de")
