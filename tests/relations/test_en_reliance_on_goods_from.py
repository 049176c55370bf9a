"""English tells a customer's dependence on goods with their makers after "from": "X has relied largely on
pouch cells from Y and Z", "X relies on cathode material from Y": Y (and Z) supply X, as after a verb of
buying. Only goods: "relies on support from Y", "on loans from Y" name no supply. Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel", "Valmera"]


def _supplies(text):
    return {(r.source, r.target) for r in rels(text, NAMES) if r.type == "supplies"}


@pytest.mark.parametrize("text, suppliers", [
    ("Brixo has until now relied largely on pouch cells from Kestrel and Valmera for its vans.", {"Kestrel", "Valmera"}),
    ("Brixo relies on cathode material from Kestrel.", {"Kestrel"}),
    ("Since 2022 Brixo has relied mainly on battery modules from Valmera.", {"Valmera"}),
])
def test_the_makers_of_the_goods_relied_on_supply_the_subject(text, suppliers):
    assert _supplies(text) == {(s, "Brixo") for s in suppliers}


@pytest.mark.parametrize("text", [
    "Brixo relies on support from Kestrel.",
    "Brixo relies on loans from Kestrel to fund the plant.",
])
def test_reliance_on_no_goods_is_no_supply(text):
    assert not _supplies(text)


def test_goods_named_elsewhere_are_not_what_it_relies_on():
    assert not _supplies("Brixo relies on cash from Kestrel to fund its batteries.")
