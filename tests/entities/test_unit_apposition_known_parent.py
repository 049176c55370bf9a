"""A description in a unit's apposition ("X, the Spanish unit of the German group") is X's parent: the
one the gazetteer knows when the story does not name it, not another group of that country that only
passes through."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "PowerCo will make cells in Valencia. Its first buyer is SEAT, the Spanish unit of the German group, "
               "which will build packs.", "the German group"),
        ("es", "PowerCo fabricará celdas en Sagunto. Las comprará SEAT, la filial española del grupo alemán, "
               "para sus modelos urbanos.", "del grupo alemán"),
        ("it", "PowerCo produrrà celle a Sagunto. Le comprerà SEAT, la controllata spagnola del gruppo tedesco.",
         "del gruppo tedesco"),
    ],
)
def test_the_group_of_a_unit_is_its_known_parent(language, text, description):
    assert (description, "Volkswagen") in corefs(run(text, language))


def test_a_parent_of_another_country_is_not_taken():
    # SEAT's parent is German: "the French group" is none of it
    found = corefs(run("PowerCo will make cells in Valencia. Its first buyer is SEAT, the Spanish unit of the "
                       "French group, which will build packs.", "en"))
    assert not [c for c in found if c[0] == "the French group" and c[1] == "Volkswagen"]
