"""Spanish "inversor" is an inverter as well as an investor: inverters supplied are no stake
(relations/inverter_goods.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda"]


def _stakes(text):
    return {(r.source, r.target) for r in rels(text, NAMES, language="es") if r.type == "invests_in"}


@pytest.mark.parametrize("text", [
    "Brakon suministra inversores a Quarda desde 2023.",
    "Quarda monta los inversores de Brakon en sus autobuses.",
    "Quarda integra en sus autobuses los inversores de tracción de Brakon.",
])
def test_inverters_supplied_are_no_stake(text):
    assert _stakes(text) == set()


@pytest.mark.parametrize("text, stake", [
    ("Quarda, uno de los inversores de Brakon, no quiso comentar.", ("Quarda", "Brakon")),
    ("Brakon, el mayor inversor de Quarda, respaldó la operación.", ("Brakon", "Quarda")),
])
def test_investors_stay_investors(text, stake):
    assert stake in _stakes(text)
