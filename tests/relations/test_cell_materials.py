"""A cell material told as being for a carmaker's cells goes to the cells' maker (``relations/cell_materials.py``).
Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

SECTORS = {"Vexa": ["carmaker"], "Brixo": ["battery_cells"], "Norvik": ["battery_cells"], "Kestrel": ["battery_materials"]}


def supplies(text, lang, names=("Vexa", "Brixo", "Kestrel")):
    return {(r.source, r.target) for r in rels(text, list(names), lang, sectors={n: SECTORS[n] for n in names})
            if r.type == "supplies"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Brixo will supply the battery cells for Vexa's new van. The cathode material for these new cells will be delivered by Kestrel."),
    ("de", "Brixo liefert die Zellen an Vexa. Die Kathodenmaterialien für die Zellen stammen zu einem großen Teil von Kestrel."),
    ("fr", "Brixo fournira les cellules à Vexa. Le matériau de cathode pour les nouvelles cellules sera fourni par Kestrel."),
])
def test_the_material_goes_to_the_cells_maker(lang, text):
    found = supplies(text, lang)
    assert ("Kestrel", "Vexa") not in found and ("Brixo", "Vexa") in found


def test_the_material_goes_to_the_one_cell_maker_named():
    text = "Brixo will supply the battery cells for Vexa's new van. The cathode material for these new cells will be delivered by Kestrel."
    assert ("Kestrel", "Brixo") in supplies(text, "en")


def test_two_cell_makers_leave_the_material_unplaced():
    text = ("Brixo and Norvik will supply the battery cells for Vexa's new van. "
            "The cathode material for these new cells will be delivered by Kestrel.")
    found = supplies(text, "en", ("Vexa", "Brixo", "Norvik", "Kestrel"))
    assert not {p for p in found if p[0] == "Kestrel"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Kestrel will supply cathode material to Vexa from 2027, the carmaker said."),
    ("en", "Brixo supplies cells to Vexa. Kestrel will also supply cathode material to Vexa for its own cell line."),
])
def test_a_carmakers_own_deal_for_materials_stays(lang, text):
    assert ("Kestrel", "Vexa") in supplies(text, lang)
