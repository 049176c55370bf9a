"""A known group's name followed by a builder's or an installer's line of business names its unit
(entities/units.py UNIT_HEADS): the page's party is the unit, not the group. Sentences written for the
test; the groups are real, the units' wording invented."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str | None]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY"]


@pytest.mark.parametrize(
    "language, text, unit",
    [
        ("fr", "Les travaux du site ont été confiés à Bouygues Génie Civil, qui commencera en mars.", "Bouygues Génie Civil"),
        ("es", "La obra se ha encargado a Acciona Construcción, que empezará en marzo.", "Acciona Construcción"),
        ("it", "I lavori sono stati affidati a Eni Costruzioni, che inizierà a marzo.", "Eni Costruzioni"),
        ("en", "The civil works were awarded to Siemens Infrastructure, which starts in March.", "Siemens Infrastructure"),
        ("fr", "L'installation électrique a été confiée à Eiffage Énergies, qui démarre en mars.", "Eiffage Énergies"),
    ],
)
def test_a_builders_arm_is_the_unit(language, text, unit):
    names = companies(text, language)
    assert unit in names
    assert unit.split()[0] not in names


def test_a_lower_case_word_after_the_group_is_no_unit():
    assert companies("Tesla construction will begin in May near Berlin.", "en") == ["Tesla"]
