"""German genitive relative "dessen/deren" + noun + preposition (invented sentences): in "X, deren
Fonds an Y beteiligt sind" the possessive's noun holds the stake through "an", so X is the investor;
in "X, dessen Mehrheit Y hält" or "X, an dessen Aktien Y beteiligt ist" the name after acts on X."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Ähnlich erging es der Bank Norvik, deren Fonds ebenfalls an Corvalis beteiligt sind.",
    "Norvik, dessen Investmentarm an Corvalis beteiligt ist, schweigt.",
    "Der Versicherer Norvik, dessen Tochter seit 2021 an Corvalis beteiligt ist, äußerte sich nicht.",
])
def test_possessor_of_the_stake_holder_invests(text):
    rels = _rels(text)
    assert ("invests_in", "Norvik", "Corvalis") in rels
    assert ("invests_in", "Corvalis", "Norvik") not in rels


@pytest.mark.parametrize("text", [
    "Corvalis, an dessen Aktien Norvik beteiligt ist, schweigt.",
    "Corvalis, dessen Mehrheit Norvik hält, schweigt.",
])
def test_name_after_the_relative_acts_on_its_antecedent(text):
    rels = _rels(text)
    assert any(r[1:] == ("Norvik", "Corvalis") for r in rels)
    assert not any(r[1:] == ("Corvalis", "Norvik") for r in rels)
