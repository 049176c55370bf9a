"""A lookbehind meant for a word ("was awarded", "is awarded") must not fire on the end of a name:
"Norvis awarded Y a contract" is the customer awarding it (the name ends in "is"). Invented names."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Norvis", "Corvalis"], language="en"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvis awarded Corvalis a contract for battery cells.",
    "Norvis gave Corvalis an order for battery modules.",
])
def test_a_name_ending_in_a_verb_word_still_awards(text):
    assert ("supplies", "Corvalis", "Norvis") in _rels(text)


def test_the_passive_award_still_reads_the_other_way():
    assert ("supplies", "Norvis", "Corvalis") in _rels("Norvis was awarded a contract for battery cells by Corvalis.")
