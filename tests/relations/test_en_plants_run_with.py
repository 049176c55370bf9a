"""A plant a company runs or operates with a partner is a jointly owned plant, a joint venture, as one it
builds with a partner is: "Brixo runs a battery plant with Kestrel in Ohio". Not a plant run with a
company's goods ("with Kestrel's software", also when built), nor an absolute "with" after a comma that
tells a stake ("..., which runs the mine, with Kestrel holding the rest"). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel", "Valmera"]


def _ventures(text):
    return {tuple(sorted((r.source, r.target))) for r in rels(text, NAMES) if r.type == "joint_venture"}


@pytest.mark.parametrize("text", [
    "Brixo runs a battery plant with Kestrel in Ohio.",
    "Brixo operates a cell factory together with Kestrel near the border.",
])
def test_a_plant_run_with_a_partner_is_a_joint_venture(text):
    assert _ventures(text) == {("Brixo", "Kestrel")}


@pytest.mark.parametrize("text", [
    "Brixo runs its plant with Kestrel's software.",
    "Brixo built its new plant with Kestrel's machines.",
    "Valmera holds 51% of Brixo, which runs the mine in the north, with Kestrel holding the rest.",
])
def test_a_plant_run_with_goods_or_beside_a_holder_is_no_venture(text):
    assert ("Brixo", "Kestrel") not in _ventures(text)
