"""German asides that end in "von W" before a clause whose verb comes last:

    "an Y, die Mutter von W, von X geliefert": "von X" is the passive's agent, not a second "von" of
    the aside (groups._agent_after_aside);
    "Y, die Batterietochter von W, die Zellen an Z liefert": the relative goes with Y, whose
    description names W (frames/supply._marked_relative_antecedent), as the other languages read it.
"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Dravik", "Ostrel", "Pellam"]


def _rels(text, language="de"):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Die Kabelbäume werden an Dravik, die Mutter von Ostrel, von Pellam geliefert.",
    "Die Getriebe wurden an Dravik, den Mutterkonzern von Ostrel, von Pellam gebaut und geliefert.",
])
def test_the_agent_after_the_aside(text):
    got = _rels(text)
    assert ("supplies", "Pellam", "Dravik") in got
    assert not any(s == "Dravik" and t == "Pellam" for _typ, s, t in got)


def test_a_list_of_von_phrases_stays_one_list():
    got = _rels("Die Kabelbäume für Dravik werden von Ostrel, von Pellam und von weiteren Zulieferern gefertigt.")
    assert not any(t in ("Ostrel", "Pellam") and typ == "owns" for typ, _s, t in got)


@pytest.mark.parametrize("language,text", [
    ("de", "Dravik, die Kabeltochter von Ostrel, die Kabelbäume an Pellam liefert, stellt 300 Leute ein."),
    ("de", "Die Kabelbäume stammen von Dravik, einer Tochter der Ostrel, die auch an Pellam liefert."),
    ("en", "Dravik, the wiring unit of Ostrel, which supplies Pellam, is hiring 300 people."),
    ("fr", "Dravik, la filiale câblage d'Ostrel, qui fournit Pellam, recrute 300 personnes."),
])
def test_the_relative_goes_with_the_described_company(language, text):
    got = _rels(text, language)
    assert ("supplies", "Dravik", "Pellam") in got
    assert ("supplies", "Ostrel", "Pellam") not in got
