"""The business press's idioms of a takeover: "Gamma scoops up Beta", "Gamma schnappt sich Beta",
"Gamma hat sich den Zulieferer Beta geschnappt" (the other languages have theirs already: "snaps up",
"s'offre", "se hace con", "mette le mani su"). Sentences and companies made up for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Quillmark", "Tormund"]


@pytest.mark.parametrize("language,text", [
    ("en", "Tormund scoops up Quillmark for $300 million."),
    ("en", "Tormund scooped up Quillmark last year."),
    ("de", "Tormund schnappt sich Quillmark."),
    ("de", "Der Werbekonzern Tormund schnappt sich die Digitalagentur Quillmark."),
    ("de", "Tormund hat sich den Ventilhersteller Quillmark geschnappt."),
])
def test_the_idiom_is_a_takeover(language, text):
    got = {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language))}
    assert ("acquires", "Tormund", "Quillmark") in got
