"""German: a company's speaker glued to its name ("ein Norvik-Sprecher") confirming talks with another
(invented sentences): the talks are the company's, so the name is their party; elsewhere the compound
still only modifies its noun."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Brixo")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, frozenset((r.source, r.target)), r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Ein Norvik-Sprecher bestätigte Gespräche mit Corvalis über eine Partnerschaft.",
    "Eine Norvik-Sprecherin bestätigte am Montag Verhandlungen mit Corvalis über eine Kooperation.",
    "Zudem bestätigte ein Norvik-Sprecher Gespräche mit Corvalis über eine Partnerschaft.",
])
def test_speaker_compound_is_the_party_of_the_talks(text):
    assert ("partners_with", frozenset(("Norvik", "Corvalis")), "in_talks") in _rels(text)


@pytest.mark.parametrize("text", [
    "Ein Norvik-Sprecher sagte, Corvalis liefere künftig Zellen an Brixo.",
    "Der Norvik-Chef lobte die Partnerschaft von Corvalis und Brixo.",
])
def test_speaker_compound_without_talks_stays_a_modifier(text):
    assert not any("Norvik" in pair for _t, pair, _s in _rels(text))
