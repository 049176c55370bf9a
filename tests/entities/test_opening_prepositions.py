"""A preposition that opens a sentence is capitalised there only; before a name the gazetteer lacks it is no
first word of the name ("Outre Kervan Motors, ..." names Kervan Motors, not "Outre Kervan Motors"), in the
five languages. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Outre Kervan Motors, le tour de table réunit deux fonds.", "Kervan Motors"),
    ("fr", "Chez Norcane Automobiles, on attend les premières cellules.", "Norcane Automobiles"),
    ("fr", "Malgré Kervan Motors, le projet avance.", "Kervan Motors"),
    ("fr", "Depuis Kervan Motors, les cellules partent vers Douai.", "Kervan Motors"),
    ("it", "Tramite Trevano Motori il gruppo entra nel mercato.", "Trevano Motori"),
    ("it", "Presso Trevano Motori lavorano 300 persone.", "Trevano Motori"),
    ("es", "Mediante Kervan Motors el grupo entra en el mercado.", "Kervan Motors"),
    ("es", "Desde Kervan Motors llegan las celdas.", "Kervan Motors"),
    ("de", "Neben Kervan Motors gehören auch zwei Fonds zu den Investoren.", "Kervan Motors"),
    ("en", "Through Kervan Motors, the group entered the market.", "Kervan Motors"),
])
def test_an_opening_preposition_is_no_part_of_the_name(lang, text, name):
    found = companies(text, lang)
    assert name in found
    assert not any(f != name and f.endswith(name) for f in found)
