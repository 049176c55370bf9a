"""Plants: the town named after a municipality noun ("en la comuna de X", "en el municipio de X",
"nel comune di X", "sur la commune de X", "in der Gemeinde X", "in the municipality of X") is the
plant's place, a name the place list need not know.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text,town", [
    ("es", "Velora estudia instalar una planta de ensamblaje en la comuna de Villabrava, en la Región de Tarapacá.", "Villabrava"),
    ("es", "Velora levantará una fábrica de celdas en el municipio de Villabrava.", "Villabrava"),
    ("it", "Velora valuta uno stabilimento nel comune di Villabrava, in provincia di Cuneo.", "Villabrava"),
    ("fr", "Velora envisage une usine sur la commune de Villebrave, dans l'Allier.", "Villebrave"),
    ("de", "Kornex plant ein Werk in der Gemeinde Kleinhausen im Landkreis Oder-Spree.", "Kleinhausen"),
    ("en", "Kornex plans a cell plant in the municipality of Villabrava.", "Villabrava"),
])
def test_town_after_a_municipality_noun(lang, text, town):
    fs = facs(text, ["Velora", "Kornex"], lang)
    assert [(f.owner, f.location) for f in fs] == [(text.split()[0], town)]


def test_a_lowercase_word_after_the_noun_is_no_town():
    fs = facs("Kornex plans a cell plant in the municipality of the region.", ["Kornex"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", None)]
