"""Spanish news place a lithium plant in its salt flat ("en el salar de X", "en el salar X", "del Salar
del X") and a pilot line in a park named after its town with "del" ("la planta piloto del parque
tecnológico de X"): the name after the flat or the park is the plant's place, as after "en el polígono
industrial de".

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("text, place", [
    ("La planta de carbonato de litio de Kornex en el salar Puntanegra produce desde 2024.", "Puntanegra"),
    ("Kornex abrió una planta de cloruro de litio en el salar de Puntanegra el año pasado.", "Puntanegra"),
    ("Kornex amplía su planta química del Salar del Olmo, cerca de la costa.", "Olmo"),
    ("Kornex produce celdas desde el verano en la planta del parque tecnológico de Miravalle.", "Miravalle"),
])
def test_the_name_after_a_salt_flat_or_a_park_is_the_place(text, place):
    assert [(f.owner, f.location) for f in facs(text, ["Kornex"], "es")] == [("Kornex", place)]


def test_a_bare_salt_flat_names_no_place():
    fs = facs("Kornex opera una planta en el salar, a 4.000 metros de altura.", ["Kornex"], "es")
    assert all(f.location is None for f in fs)
