"""A perfect of taking in or entering a company tells a done deal ("qui a absorbé Y", "est entré au capital
de Y", "che ha assorbito Y", "que absorbió a Y", "which absorbed Y"): active; and "pour sa part" ("for its
part") is no purpose that puts a supply in the future. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("lang,text", [
    ("fr", "Korvan, qui a absorbé Brixo, conserve pour sa part la fourniture des cellules à Maltrix."),
    ("it", "Korvan, che ha assorbito Brixo, continua a fornire celle a Maltrix."),
    ("es", "Korvan, que absorbió a Brixo, sigue suministrando celdas a Maltrix."),
    ("en", "Korvan, which absorbed Brixo, still supplies cells to Maltrix."),
])
def test_a_company_absorbed_is_acquired(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}
    assert got.get(("acquires", "Korvan", "Brixo")) == "active", got
    assert got.get(("supplies", "Korvan", "Maltrix")) == "active", got


def test_entered_the_capital_is_a_stake_held():
    got = {(r.type, r.source, r.target): r.status
           for r in rels("Maltrix, qui est entré au capital de Korvan dès 2021, lui achète des cellules.", ["Korvan", "Maltrix"], language="fr")}
    assert got.get(("invests_in", "Maltrix", "Korvan")) == "active", got


def test_a_supply_for_its_part_is_no_plan():
    got = {(r.type, r.source, r.target): r.status
           for r in rels("Korvan conserve pour sa part la fourniture des cellules à Maltrix.", ["Korvan", "Maltrix"], language="fr")}
    assert got.get(("supplies", "Korvan", "Maltrix")) == "active", got
