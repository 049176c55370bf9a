"""English "that" opens a clause of its own with no comma before it: a preposition before it governs
what stands between ("in August", "in Tarvington"), never the name after "that", which is the clause's
subject. Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels


@pytest.mark.parametrize("reported", [
    "A newspaper reported in August that",
    "A trade weekly wrote in May that",
    "Analysts at a bank said in Tarrow that",
])
def test_the_name_after_that_is_the_subject(reported):
    text = f"{reported} Tarvion Capital would take a stake in Meldrow Energy."
    got = {(r.type, r.source, r.target) for r in rels(text, ["Tarvion Capital", "Meldrow Energy"])}
    assert ("invests_in", "Tarvion Capital", "Meldrow Energy") in got
