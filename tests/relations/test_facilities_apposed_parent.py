"""A relative clause after "X, the unit of [Country's / the foreign group] Y, which ..." is about X:
a parent named in X's apposition, behind a nationality, does not own the plant."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Brelix, the battery business of Norway's Kornex, which is building a cell plant in Marlowe, hired 300 people."),
    ("en", "The deal is with Brelix, the battery business of Norway's Kornex, whose cell plant in Marlowe opens next year."),
    ("it", "Brelix, la controllata del gruppo norvegese Kornex, che sta costruendo uno stabilimento di celle a Marlowe, ha assunto 300 persone."),
    ("fr", "Brelix, la filiale du groupe norvégien Kornex, qui construit une usine de cellules à Marlowe, a embauché 300 personnes."),
    ("fr", "L'accord concerne Brelix, la filiale du groupe norvégien Kornex, dont l'usine de cellules à Marlowe ouvrira l'an prochain."),
    ("de", "Brelix, die Batterietochter des norwegischen Konzerns Kornex, die in Marlowe ein Zellwerk baut, stellt 300 Leute ein."),
    ("es", "Brelix, la filial del grupo noruego Kornex, que construye una planta de celdas en Marlowe, ha contratado a 300 personas."),
    ("es", "El acuerdo es con Brelix, la filial del grupo noruego Kornex, cuya planta de celdas en Marlowe abrirá el año que viene."),
])
def test_the_unit_not_its_apposed_parent_owns_the_plant(lang, text):
    fs = facs(text, ["Brelix", "Kornex"], lang, places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Brelix", "Marlowe")]


def test_a_company_outside_any_apposition_is_still_the_subject():
    fs = facs("Brelix signed a deal with Kornex, which is building a cell plant in Marlowe.", ["Brelix", "Kornex"],
              "en", places=["Marlowe"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Marlowe")]
