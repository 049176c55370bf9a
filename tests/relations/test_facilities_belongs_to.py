"""Plants: a verb of belonging or running after the plant noun names its owner, however far the
company stands from the noun ("L'usine de X, d'une capacité de 16 GWh, appartient à Y", "The X plant,
which opened in 2022, is owned by Y"); not a company after a plain verb of the plant.

Invented companies and towns throughout."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("language,text,owner", [
    ("fr", "L'usine de Valmoncy (Nord), d'une capacité de 16 GWh et de 1 200 salariés, appartient à Serval Batteries.", "Serval Batteries"),
    ("en", "The cell plant in Valmoncy, which opened in 2022 and employs 1,200 people, is owned by Serval Batteries.", "Serval Batteries"),
    ("it", "Lo stabilimento di Valmoncy, che ha aperto nel 2022 con 1.200 addetti, appartiene a Serval Batterie.", "Serval Batterie"),
    ("es", "La planta de Valmoncy, que abrió en 2022 y emplea a 1.200 personas, pertenece a Serval Baterías.", "Serval Baterías"),
])
def test_the_verb_of_belonging_names_the_owner(language, text, owner):
    fs = facs(text, [owner], language, places=["Valmoncy"])
    assert [(f.owner, f.location) for f in fs] == [(owner, "Valmoncy")]


def test_a_plain_verb_names_no_owner():
    text = "Kelvo Cells said its cell plant in Valmoncy, which opened in 2022 with 1,200 people, supplies Serval Motors."
    fs = facs(text, ["Kelvo Cells", "Serval Motors"], places=["Valmoncy"])
    assert [(f.owner, f.location) for f in fs] == [("Kelvo Cells", "Valmoncy")]
