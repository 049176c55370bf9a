"""A verb of fitting out whose object is one vehicle of the customer's, in the singular
(relations/vehicle_nouns.py): "X's cells will power Y's next SUV", "equipaggeranno la nuova berlina di Y"."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Harnwick Cells", "Ostrava Drives", "Belmonte Auto", "Carrow Motors"]
_SECTORS = {"Harnwick Cells": ["battery_cells"], "Ostrava Drives": ["supplier"], "Belmonte Auto": ["carmaker"], "Carrow Motors": ["carmaker"]}


def _supplies(text, lang):
    names = [n for n in _NAMES if n in text]
    return {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Harnwick Cells' batteries will power Carrow Motors' next compact SUV.", ("Harnwick Cells", "Carrow Motors")),
    ("en", "Ostrava Drives will equip Carrow Motors' new pickup with its electric axles.", ("Ostrava Drives", "Carrow Motors")),
    ("en", "Harnwick Cells will power the next sedan of Carrow Motors.", ("Harnwick Cells", "Carrow Motors")),
    ("it", "Le celle di Harnwick Cells equipaggeranno la nuova berlina di Belmonte Auto.", ("Harnwick Cells", "Belmonte Auto")),
    ("it", "Le batterie di Harnwick Cells alimenteranno la prossima utilitaria di Belmonte Auto.", ("Harnwick Cells", "Belmonte Auto")),
    ("de", "Ostrava Drives rüstet das neue SUV von Belmonte Auto mit Elektromotoren aus.", ("Ostrava Drives", "Belmonte Auto")),
])
def test_one_vehicle_of_the_customer(lang, text, pair):
    assert pair in _supplies(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Harnwick Cells will power up a new plant near the headquarters, Carrow Motors said."),
    ("it", "Harnwick Cells alimenterà il dibattito sulla nuova berlina, ha detto Belmonte Auto."),
])
def test_no_vehicle_owner_no_supply(lang, text):
    assert _supplies(text, lang) == set()
