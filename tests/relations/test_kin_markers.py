"""Goods bought from one's own parent: the kin noun ("its parent", "seiner Mutter", "sa maison mère") stands
between the preposition and the name, and the name keeps that preposition (relations/kin_markers.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Lindqvale Cells", "Orsetti Veicoli"]
_SECTORS = {"Lindqvale Cells": ["battery_cells"], "Orsetti Veicoli": ["carmaker"]}


def _found(text, lang):
    return {(r.type, r.source, r.target) for r in rels(text, _NAMES, lang, sectors=_SECTORS)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Orsetti Veicoli buys most of its cells from its parent Lindqvale Cells."),
    ("en", "Orsetti Veicoli sources its cells from its parent company Lindqvale Cells, which owns 80 percent of it."),
    ("de", "Orsetti Veicoli bezieht die Zellen von seiner Mutter Lindqvale Cells."),
    ("fr", "Orsetti Veicoli s'approvisionne en cellules auprès de sa maison mère Lindqvale Cells."),
    ("it", "Orsetti Veicoli acquista le celle dalla sua controllante Lindqvale Cells."),
    ("es", "Orsetti Veicoli compra las celdas a su matriz Lindqvale Cells."),
])
def test_bought_from_its_parent(lang, text):
    assert ("supplies", "Lindqvale Cells", "Orsetti Veicoli") in _found(text, lang)


def test_parent_named_without_goods_is_no_supply():
    assert not any(t == "supplies" for t, _, _ in _found("Orsetti Veicoli met with its parent Lindqvale Cells in Turin.", "en"))
