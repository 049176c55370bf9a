"""A joint-venture noun inside a description resolved to the venture, with a relative clause after it,
still names the venture and its parents (relations/described_ventures.py); made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels

_C = ["Korvan", "Maltrix", "Delvo"]


@pytest.mark.parametrize("sentence, language, described", [
    ("Bewegung gibt es bei Delvo, dem Brennstoffzellen-Gemeinschaftsunternehmen, das Korvan seit 2020 mit dem Zulieferer Maltrix betreibt.",
     "de", "dem Brennstoffzellen-Gemeinschaftsunternehmen"),
    ("Novità anche per Delvo, la joint venture nelle celle, che Korvan ha creato nel 2021 con Maltrix.",
     "it", "la joint venture nelle celle"),
])
def test_a_described_venture_with_its_relative_names_the_parents(sentence, language, described):
    found = rels(sentence, _C, language=language, coref={described: "Delvo"})
    assert any(r.type == "joint_venture" and {r.source, r.target} == {"Korvan", "Maltrix"} for r in found)


def test_a_described_venture_with_no_relative_blocks_its_noun():
    # "the joint venture" resolved to Delvo, no relative: the noun pairs nobody with Maltrix
    found = rels("Delvo started output. The joint venture will supply Maltrix from May.", _C, language="en",
                 coref={"The joint venture": "Delvo"})
    assert not any(r.type == "joint_venture" for r in found)
