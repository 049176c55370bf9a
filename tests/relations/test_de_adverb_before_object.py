"""German: an adverb between a prepositional phrase and the object after it ends the phrase
(invented sentences): in "X beliefert aus dem Werk in Polen bereits Y mit Zellen" the "aus"/"in"
governs the place, Y is the verb's object; inside a description ("mit dem bereits kriselnden
Zulieferer Y") the preposition still governs the name."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik beliefert aus dem Werk in Polen bereits Corvalis mit Batteriezellen.",
    "Norvik beliefert aus Ungarn inzwischen Corvalis mit Kathoden.",
    "Norvik beliefert über sein Lager in Bremen derzeit Corvalis mit Sitzen.",
])
def test_object_after_a_place_and_an_adverb(text):
    assert ("supplies", "Norvik", "Corvalis") in _rels(text)


@pytest.mark.parametrize("text", [
    "Norvik schließt einen Partnerschaftsvertrag mit dem bereits kriselnden Zulieferer Corvalis.",
    "Norvik kooperiert mit dem bereits etablierten Zellhersteller Corvalis.",
])
def test_adverb_inside_a_description_keeps_the_preposition(text):
    assert ("partners_with", "Corvalis", "Norvik") in _rels(text)
