"""A known name with a group word next to it names the gazetteer's "<name> Group" company when that
is another company than the bare name's (Volvo Cars vs AB Volvo), in each language."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Electric trucks from the Volvo group will use the new cells from 2027."),
        ("fr", "Les camions électriques du groupe Volvo utiliseront ces cellules dès 2027."),
        ("it", "I camion elettrici del gruppo Volvo useranno le nuove celle dal 2027."),
        ("es", "Los camiones eléctricos del grupo Volvo usarán las nuevas celdas desde 2027."),
        ("de", "Die E-Lkw des Volvo-Konzerns sollen ab 2027 die neuen Zellen nutzen."),
    ],
)
def test_the_group_of_a_name_is_the_group_company(language, text):
    assert companies(text, language) == ["Volvo Group"]


@pytest.mark.parametrize(
    "language, text, canonical",
    [
        ("en", "Volvo will sell the new estate in China from March.", "Volvo Cars"),
        ("fr", "Le groupe Renault vendra la nouvelle citadine dès mars.", "Renault"),  # the group is the same company
    ],
)
def test_without_a_distinct_group_company_the_name_stays(language, text, canonical):
    assert companies(text, language) == [canonical]
