"""German subject relatives with a dative pronoun and the verb last: "Volkswagen arbeitet mit Norvik
zusammen, das ihm Zellen liefert" - the antecedent supplies, "ihm" stands for the clause subject
(``frames/supply.py``: ``_dative_relative``); the direction used to come out reversed."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.frames.supply import _DATIVE_RELATIVE

from .helpers import make_doc


def _supplies(text, companies):
    doc = RelationExtractor()(make_doc(text, companies, language="de"))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "Volkswagen arbeitet mit Norvik zusammen, das ihm Zellen liefert.",
    "Volkswagen setzt auf Norvik, das ihm seit 2021 Module aus Polen liefert.",
    "Volkswagen verhandelt mit Norvik, das ihm bereits Batteriezellen liefert.",
    "Volkswagen teilt seine Aufträge zwischen Norvik, das ihm Zellen liefert, und Tessaro.",
])
def test_antecedent_supplies_the_subject(text):
    got = _supplies(text, ["Volkswagen", "Norvik", "Tessaro"])
    assert ("Norvik", "Volkswagen") in got
    assert ("Volkswagen", "Norvik") not in got


def test_plural_dative():
    got = _supplies("Die Autobauer Volkswagen und Tessaro setzen auf Norvik, der ihnen Zellen liefert.",
                    ["Volkswagen", "Norvik", "Tessaro"])
    assert ("Volkswagen", "Norvik") not in got and ("Tessaro", "Norvik") not in got


def test_possessive_ihr_is_no_dative():
    assert _DATIVE_RELATIVE.fullmatch(", das ihr Werk in Polen beliefert") is None
    assert _DATIVE_RELATIVE.fullmatch(", die ihr bereits Zellen liefert") is not None
    assert _DATIVE_RELATIVE.fullmatch(" zusammen, das ihm Zellen liefert") is not None

