"""A name followed by its initials in parentheses, then an apposition or a verb: the cue reaches the
name over "(ABC)", in each language. Every name here is invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "Velmora Thermal Systems (VTS), a family-owned company, will supply cooling plates to Ford.", "Velmora Thermal Systems"),
        ("it", "Rotavia Cablaggi (RCA), un'azienda di 200 addetti, fornirà i cablaggi a Stellantis.", "Rotavia Cablaggi"),
        ("es", "Talleres Orvaniz Norte (TON), una empresa familiar, suministrará las bandejas a Seat.", "Talleres Orvaniz Norte"),
        ("fr", "Corvalis Mécanique (CVM), une entreprise de 90 salariés, livre les carters à Valeo.", "Corvalis Mécanique"),
        ("de", "Seit Mai liefert Quellberg Antriebstechnik (QAT), ein Familienunternehmen aus Hessen, Achsen an BMW.", "Quellberg Antriebstechnik"),
    ],
)
def test_the_name_before_its_initials_is_found(language, text, name):
    assert name in companies(text, language)


def test_a_law_before_its_initials_is_no_company():
    assert companies("The Inflation Reduction Act (IRA), a law passed in 2022, pays credits to Ford.", "en") == ["Ford"]
