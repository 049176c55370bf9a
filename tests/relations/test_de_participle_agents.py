""""Die von Kestrel gelieferten Zellen": the company after "von" before a participle of supplying is the
supplier, never the recipient, whatever stands between the clause's verb and the participle ("Brixo
verbaut in seinen Autos die von Kestrel gelieferten Zellen"). Invented companies, sentences written for
these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

NAMES = ["Brixo", "Kestrel"]


def _pairs(sentence):
    return [(t, s, d) for t, s, d, _st, _ in triples(rels(sentence, NAMES, language="de")) if t == "supplies"]


@pytest.mark.parametrize("sentence", [
    "Brixo verbaut in seinen Elektroautos die von Kestrel gelieferten Zellen.",
    "Brixo zeigt in seinen Autos die von Kestrel gelieferten Zellen.",
])
def test_the_agent_of_the_participle_is_never_the_recipient(sentence):
    assert ("supplies", "Brixo", "Kestrel") not in _pairs(sentence)


def test_the_agent_and_the_recipient_of_the_participle():
    assert _pairs("Die von Kestrel an Brixo gelieferten Zellen sind fehlerhaft.") == [("supplies", "Kestrel", "Brixo")]
