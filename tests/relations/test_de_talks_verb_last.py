"""German talks told verb last, in a subordinate clause: "..., dass X mit Y über die Lieferung von Z
verhandelt" (invented sentences). The partner is the "mit" name before the talks verb, the purpose
stands between them; talks about nothing a deal is made of yield nothing."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Bekannt ist, dass Norvik mit Corvalis über die Lieferung von Silizium verhandelt.",
    "Norvik bestätigte, dass es mit Corvalis über die Lieferung von Kathoden verhandelt.",
    "Weil Norvik mit Corvalis über die Lieferung von Zellen verhandelte, stieg die Aktie.",
    "Die Aktie stieg, nachdem Norvik mit dem Zellhersteller Corvalis über eine Belieferung mit Modulen verhandelt hatte.",
])
def test_talks_about_a_delivery_verb_last(text):
    assert ("supplies", "Norvik", "Corvalis", "in_talks") in _rels(text)


@pytest.mark.parametrize("text", [
    "Bekannt ist, dass Norvik mit Corvalis über Lieferengpässe verhandelt.",
    "Bekannt ist, dass Norvik mit Corvalis über die Kosten der Lieferung von Zellen verhandelt.",
    "Bekannt ist, dass Norvik mit Corvalis über die Beilegung des Streits verhandelt.",
])
def test_talks_verb_last_without_a_delivery_between_them(text):
    assert not any(r[0] == "supplies" and r[1] == "Norvik" and r[2] == "Corvalis" and r[3] == "in_talks" for r in _rels(text))
