"""An abbreviation the gazetteer gives to one company, defined on the page as the initials of another
company it knows, is that other company on the page (entities/acronyms.py `_known_defined`); an
undefined one stays the gazetteer's. Sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def names_of(text: str, language: str, written: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.text == written]


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Red Eléctrica de España (REE) ha encargado baterías a Hithium. REE pagará unos 40 millones."),
        ("en", "Red Eléctrica de España (REE) has ordered batteries from Hithium. REE will pay about 40 million."),
        ("fr", "Red Eléctrica de España (REE) a commandé des batteries à Hithium. REE paiera 40 millions."),
    ],
)
def test_a_defined_abbreviation_is_the_defined_company(language, text):
    assert set(names_of(text, language, "REE")) == {"Red Eléctrica"}


def test_an_elided_particle_inside_the_defined_name():
    text = "Le Fondo Italiano d'Investimento (FII) a pris 10 % de Brixo. FII siège au conseil."
    assert set(names_of(text, "fr", "FII")) == {"Fondo Italiano d'Investimento"}


def test_an_undefined_abbreviation_stays_the_gazetteers():
    text = "REE has ordered motors from Nidec for its electric chassis."
    assert set(names_of(text, "en", "REE")) == {"REE Automotive"}
