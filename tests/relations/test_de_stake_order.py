"""German stakes in the word orders the "X hält N Prozent an Y" frame does not read (invented
sentences): a subject relative with the verb last ("Norvik, der 30 Prozent an Corvalis hält") and the
held company fronted ("An Corvalis hält Norvik 30 Prozent"). Above half ``owns``, else ``invests_in``."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Brixo")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik, die 30 Prozent an Corvalis hält, prüft einen Verkauf der Anteile.",
    "Der Fonds Norvik, der seit 2019 rund ein Viertel der Anteile am Zulieferer Corvalis hält, schweigt.",
    "An Corvalis hält Norvik rund ein Drittel der Anteile.",
    "An dem Kabelhersteller Corvalis hält der Fonds Norvik inzwischen 24,9 Prozent.",
])
def test_minority_stake(text):
    rels = _rels(text)
    assert ("invests_in", "Norvik", "Corvalis", "active") in rels
    assert not any(t == "owns" for t, *_ in rels)


@pytest.mark.parametrize("text", [
    "Norvik, der knapp 90 Prozent an Corvalis hält, führt keine Gespräche über einen Verkauf.",
    "Norvik, der gut 60 Prozent an dem Unternehmen Corvalis aus der Lausitz hält, will wachsen.",
    "Am Zellhersteller Corvalis hält Norvik zwei Drittel der Anteile.",
])
def test_majority_stake_owns(text):
    assert ("owns", "Norvik", "Corvalis", "active") in _rels(text)


def test_past_verb_ends_the_stake():
    assert ("invests_in", "Norvik", "Corvalis", "ended") in _rels(
        "Norvik, die damals 20 Prozent an Corvalis hielt, hat sich längst zurückgezogen.")


@pytest.mark.parametrize("text", [
    # the figure is a market share, no stake in anyone
    "Norvik, die 30 Prozent am Markt hält, liefert an Corvalis.",
    # "an" governs a place, the held company is not in the clause
    "Norvik, der 30 Prozent an dem Standort Bremen hält, beliefert Corvalis.",
])
def test_no_stake_between_the_names(text):
    rels = _rels(text)
    assert not any(t in ("invests_in", "owns") and s == "Norvik" and g == "Corvalis" for t, s, g, _ in rels)
