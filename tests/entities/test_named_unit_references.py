""""The Volkswagen unit", "die VW-Tochter" opening a sentence stand for the unit of that parent named
shortly before; the parent's name inside them is no party of its own (entities/subsidiaries.py)."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def _doc(text, language):
    return _RX(run(text, language))


@pytest.mark.parametrize(
    "language, text, phrase",
    [
        ("en", "Skoda toured the plant of PowerCo on Monday. The Volkswagen unit will supply cells to Skoda from 2027.",
         "The Volkswagen unit"),
        ("de", "Skoda besuchte am Montag PowerCo. Die VW-Tochter liefert ab 2027 Zellen an Skoda.", "Die VW-Tochter"),
        ("de", "Skoda besuchte am Montag PowerCo. Die bisherige Volkswagen-Tochter liefert Zellen an Skoda.",
         "Die bisherige Volkswagen-Tochter"),
    ],
)
def test_the_parent_unit_is_the_unit_named_before(language, text, phrase):
    doc = _doc(text, language)
    assert (phrase, "PowerCo") in [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("supplies", "PowerCo", "Skoda") in got
    assert ("supplies", "Volkswagen", "Skoda") not in got


@pytest.mark.parametrize(
    "language, text, relation",
    [
        # an apposition after the unit states the ownership: left as it is
        ("en", "Electricity will come from Alabama Power, the Southern Company subsidiary, under a new contract.",
         ("owns", "Southern Company", "Alabama Power")),
        # a name after the noun: an apposition
        ("en", "Skoda toured a plant on Monday. The Volkswagen unit PowerCo will supply cells to Skoda.",
         ("supplies", "PowerCo", "Skoda")),
    ],
)
def test_a_parent_unit_in_an_apposition_is_left(language, text, relation):
    assert relation in {(r.type, r.source, r.target) for r in _doc(text, language).relations}
