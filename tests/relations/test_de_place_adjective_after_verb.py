"""German verb second: the subject after the verb may be described with a place's adjective, which
German capitalises ("Seit 2022 hält die Hamburger Beteiligungsgesellschaft Norvik ..."); the description
still ends at the name, which stays the subject (invented sentences)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text,want", [
    ("Seit 2022 hält die Hamburger Beteiligungsgesellschaft Norvik 30 Prozent an Corvalis.", ("invests_in", "Norvik", "Corvalis")),
    ("Inzwischen hält der Kölner Fonds Norvik rund 20 Prozent an Corvalis.", ("invests_in", "Norvik", "Corvalis")),
    ("Seit 2021 beliefert der Münchner Zulieferer Norvik auch Corvalis mit Sitzen.", ("supplies", "Norvik", "Corvalis")),
])
def test_subject_after_the_verb_with_a_place_adjective(text, want):
    assert want in _rels(text)
