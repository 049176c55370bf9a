"""A headline that names a company by the first word of its name, a body that names it in full and
then by that word again: one company, named in full (entities/names.py `_headline_short`, and
recognizer `_same_short_names` for the headline's own mention). A parent named alone beside its
unit stays apart. Sentences and companies invented for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def canonicals(text: str, language: str, surface: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == surface]


@pytest.mark.parametrize(
    "language, text, short, whole",
    [
        ("en", "Volvo agrees to buy Marvella. Volvo said on Monday it would buy Marvella Casings, a maker of battery "
               "housings. Marvella supplies housings to BMW and Audi.", "Marvella", "Marvella Casings"),
        ("es", "Volvo compra la alemana Marvella. Volvo anunció la compra de Marvella Carcasas, fabricante de carcasas "
               "de baterías. Marvella suministra carcasas a BMW.", "Marvella", "Marvella Carcasas"),
    ],
)
def test_headline_short_name_is_the_company_the_body_names_in_full(language, text, short, whole):
    assert canonicals(text, language, short) == [whole, whole]


@pytest.mark.parametrize(
    "text",
    [
        # the body brings the full name in as a unit: the short word is its parent
        "Marvella sells casings unit. Marvella said it sold its subsidiary Marvella Casings to Volvo. "
        "Marvella will keep its plant in Ohio.",
        # the headline names both: two companies
        "Marvella sells Marvella Casings. Marvella said it sold Marvella Casings to Volvo. "
        "Marvella will keep its plant in Ohio.",
    ],
)
def test_parent_named_alone_beside_its_unit_stays_apart(text):
    assert set(canonicals(text, "en", "Marvella")) == {"Marvella"}
    assert set(canonicals(text, "en", "Marvella Casings")) == {"Marvella Casings"}
