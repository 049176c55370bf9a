"""German funding rounds (relations/rounds.py), invented sentences: the raiser named right after the
round noun ("an der Kapitalerhöhung von X beteiligten sich A und B"), taking part told with
"teilnehmen" ("An der Kapitalerhöhung nahmen A und B teil"), and rounds in the plural ("hat sich an
mehreren Finanzierungsrunden beteiligt") opening a round for the sentences after."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Almara")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


_BOTH = {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}


@pytest.mark.parametrize("text", [
    "An der jüngsten Kapitalerhöhung von Norvik beteiligten sich auch Corvalis und Tessaro.",
    "An der Finanzierungsrunde des Start-ups Norvik nahmen Corvalis und Tessaro teil.",
    "Norvik sammelte im Frühjahr Geld ein. An der Kapitalerhöhung nahmen zudem Corvalis und Tessaro teil.",
    "Norvik sammelte Geld ein. An der Runde nahmen im Sommer neben mehreren Fonds auch der Händler Corvalis und der koreanische Technologiekonzern Tessaro teil.",
])
def test_investors_of_a_named_round(text):
    assert _BOTH <= _rels(text)


def test_rounds_in_the_plural_name_their_company():
    rels = _rels("Tessaro hält acht Prozent an Norvik und hat sich an mehreren Finanzierungsrunden beteiligt. "
                 "An der jüngsten Kapitalerhöhung im Sommer nahm zudem der Händler Corvalis teil.")
    assert ("invests_in", "Corvalis", "Norvik") in rels


@pytest.mark.parametrize("text", [
    "An der Kapitalerhöhung von Norvik nahm Corvalis nicht teil.",
    "Norvik sammelte Geld ein. Corvalis nimmt an der Messe in Hannover teil.",
    "Norvik nimmt an der Messe teil, Corvalis auch.",
])
def test_no_investor(text):
    assert not any(r[0] == "invests_in" and r[1] == "Corvalis" for r in _rels(text))


def test_investor_taking_part_after_its_verb():
    rels = _rels("Norvik sammelte Geld ein. Corvalis nahm ebenfalls an der Kapitalerhöhung teil.")
    assert ("invests_in", "Corvalis", "Norvik") in rels
