"""A subject relative after a description takes the description as its antecedent only where the
description's head is a company noun (frames/common.py `_described_antecedent`): a modifier of a
descriptor noun ("electric" of "electric car maker") or a particle ("de" of "fabricante de coches")
is no such head. Sentences invented for the test."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tierscope.relations.frames.common import _described_antecedent


class _G(NamedTuple):
    start: int
    end: int


@pytest.mark.parametrize(
    "text, verb, described",
    [
        ("Velkor presentó ayer la línea de montaje, que suministra piezas a Brandt.", "suministra", False),
        ("Velkor showed off in Leeds the electric car, which uses packs from Brandt.", "uses", False),
        ("Velkor paid 40 million for the foundry, which supplies Brandt.", "supplies", True),
        ("Velkor compró en marzo la forja asturiana, que trabaja sobre todo para Brandt.", "trabaja", True),
    ],
)
def test_only_a_company_head_makes_the_antecedent(text, verb, described):
    groups = [_G(0, 6), _G(text.index("Brandt"), text.index("Brandt") + 6)]
    assert _described_antecedent(text, groups, text.index(verb)) is described
