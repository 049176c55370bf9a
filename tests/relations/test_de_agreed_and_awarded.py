"""German words of a deal still to come: "sich auf ... verständigt" (agreed on, as "sich geeinigt") and
"den Zuschlag ... erhalten" (won the tender) before a word of supplying: announced, not a tie that
runs. Invented companies, sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel"]


def _t(sentence):
    return [(t, st) for t, _s, _d, st, _ in triples(rels(sentence, NAMES, language="de"))]


@pytest.mark.parametrize("sentence, typ", [
    ("Brixo und Kestrel haben sich auf die Gründung eines Joint Ventures verständigt.", "joint_venture"),
    ("Brixo hat den Zuschlag für die Lieferung von Steuergeräten an Kestrel erhalten.", "supplies"),
])
def test_agreed_or_awarded_is_announced(sentence, typ):
    assert (typ, "announced") in _t(sentence)
