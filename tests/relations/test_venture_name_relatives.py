"""A joint venture named right after its noun and told of in a relative whose subject runs it with a
partner ("The joint venture Brixo, which Korvan runs together with Maltrix", "Das
Gemeinschaftsunternehmen Brixo in Ulm, das Korvan gemeinsam mit Maltrix betreibt"): the subject and
the partner are the venture's parents (joint_venture, not a bare partnership). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Brixo"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _types(sentence, language):
    return {t for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))
            if frozenset((s, d)) == _PAIR}


@pytest.mark.parametrize("sentence, language", [
    ("The joint venture Brixo, which Korvan runs together with Maltrix, posted a loss.", "en"),
    ("La joint venture Brixo, che Korvan gestisce insieme a Maltrix, ha chiuso in perdita.", "it"),
    ("La coentreprise Brixo, que Korvan exploite avec Maltrix, a perdu de l'argent.", "fr"),
    ("La empresa conjunta Brixo, que Korvan gestiona junto a Maltrix, registró pérdidas.", "es"),
    ("Das Gemeinschaftsunternehmen Brixo, das Korvan gemeinsam mit dem schwedischen Zulieferer Maltrix betreibt, schrieb rote Zahlen.", "de"),
    ("Das Gemeinschaftsunternehmen Brixo in Ulm, das Korvan zusammen mit Maltrix gegründet hatte, baut vorerst nicht.", "de"),
])
def test_parents_in_a_relative_after_the_venture_name(sentence, language):
    got = _types(sentence, language)
    assert "joint_venture" in got and "partners_with" not in got


def test_a_customer_of_the_venture_is_no_parent():
    # the relative says what the venture does for Maltrix, with no "with": no parent
    got = _types("The joint venture Brixo, which Korvan set up last year, supplies Maltrix.", "en")
    assert "joint_venture" not in got
