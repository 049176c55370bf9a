"""Real companies the gazetteer lacked (an energy developer, a refiner, a restaurant chain that hosts
chargers, a chemicals group, an IT services group, a grid operator, a caterer and its group, a charging
unit). The sentences are invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Northern Powergrid will connect the battery plant to its network.", ["Northern Powergrid"]),
        ("it", "La divisione informatica passa a UST entro marzo.", ["UST"]),
        ("es", "El fondo sueco EQT controla OX2 desde el año pasado.", ["EQT", "OX2"]),
        ("en", "Phillips 66 sold its stake in the refinery to a fund.", ["Phillips 66"]),
        ("fr", "Le réseau de bornes s'installe chez McDonald's dans tout le pays.", ["McDonald's"]),
        ("en", "The lithium business was spun off from FMC in 2018.", ["FMC"]),
        ("de", "Die Mahle-Tochter chargeBIG baut Ladepunkte in Parkhäusern.", ["chargeBIG"]),
        ("it", "Chef Express, la società di ristorazione del gruppo Cremonini, apre nuove aree.",
         ["Chef Express", "Cremonini"]),
    ],
)
def test_real_companies_and_their_other_names(language, text, expected):
    found = companies(text, language)
    assert [c for c in expected if c not in found] == []
