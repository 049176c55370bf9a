"""Facility scoring: places by normalised name, gazetteer spelling and containment; capacities
across units of one dimension."""

from __future__ import annotations

import pytest

from tierscope.doc import Document, Evidence, Facility
from tierscope.eval import GoldDoc, GoldFacility, Matcher, evaluate
from tierscope.eval.match import same_place
from tierscope.eval.score import _same_capacity

M = Matcher(use_gazetteer=False)


@pytest.mark.parametrize("gold,pred,ok", [
    ("Kolding", "Kolding, Denmark", True),           # a more specific prediction
    ("Kolding, Denmark", "Kolding", True),
    ("kolding", "KOLDING", True),                    # case
    ("Vésztő", "Veszto", True),                      # accents
    ("Kolding", "near Kolding", True),               # a leading preposition
    ("Gliwice", "bei Gliwice", True),
    ("Orléans", "à Orléans", True),
    ("Dunkirk", "Dunkerque", True),                  # one place, two languages' spellings (place gazetteer)
    ("Sachsen", "Saxony", True),
    ("Leipzig-Nord", "Leipzig", True),               # a part of the town's name
    ("Bad Hersfeld", "Hersfeld", True),
    ("Hungary", "Szeged, Hungary", True),            # gold names only the country
    ("Szeged, Hungary", "Hungary", False),           # a prediction less specific than the gold
    ("Île-de-France", "France", False),              # a country inside a region's name is not the region
    ("Kolding", "Vejle", False),
    ("Kolding", None, False),
])
def test_same_place(gold, pred, ok):
    assert same_place(gold, pred) is ok


@pytest.mark.parametrize("gold,pred,ok", [
    ((2, "GWh"), (2000, "MWh"), True),
    ((2500, "MWh"), (2.5, "GWh"), True),
    ((0.5, "TWh"), (500, "GWh"), True),
    ((12, "GWh"), (12, "GW"), False),                # energy is not power...
    ((12, "GW|GWh"), (12, "GWh"), True),             # ...unless the gold says either will do
    ((30000, "t/y"), (30, "kt/y"), True),
    ((30000, "t/y"), (30000, "tpa"), True),
    ((30000, "tonnes per year"), (30000, "t/y"), True),
    ((1.2, "Mt/y"), (1200000, "t/y"), True),
    ((30000, "t/y"), (30000, "units/y"), False),
    ((250000, "units/y"), (250000, "vehicles/y"), True),
    ((7, "GWh"), (8, "GWh"), False),
    ((7, "widgets"), (7, "Widgets"), True),          # unknown units compare as written
])
def test_same_capacity(gold, pred, ok):
    assert _same_capacity({"value": gold[0], "unit": gold[1]}, {"value": pred[0], "unit": pred[1]}) is ok


def test_capacity_needed_only_when_gold_gives_one():
    assert _same_capacity(None, None)
    assert not _same_capacity({"value": 1, "unit": "GWh"}, None)


def test_facility_accuracy_uses_the_lenient_comparisons():
    gold = [GoldDoc(id="a", file=None, text="x", language="fr", line=1, facilities=[
        GoldFacility("Brevalon", "Dunkirk", {"value": 3.0, "unit": "GWh"}),
        GoldFacility("Brevalon", "Kolding, Denmark", {"value": 40000.0, "unit": "t/y"}),
        GoldFacility("Brevalon", "Île-de-France")])]
    d = Document(id="a", source="t", text="x")
    d.facilities = [
        Facility("Brevalon SA", "Dunkerque", None, "active", Evidence("e", 0, 1), capacity={"value": 3000, "unit": "MWh"}),
        Facility("Brevalon", "Kolding", None, "planned", Evidence("e", 0, 1), capacity={"value": 40, "unit": "kt/y"}),
        Facility("Brevalon", "France", None, "planned", Evidence("e", 0, 1)),
    ]
    rep = evaluate(gold, [d], M)
    assert (rep.facilities.correct, rep.facilities.total) == (2, 3)
    assert rep.facility_misses == [{"doc": "a", "owner": "Brevalon", "location": "Île-de-France", "capacity": None}]
