"""A subject relative after a company's name or description that a Romance adjective follows ("della società
comasca, che fornisce", "la société grenobloise, qui fournit", "la empresa catalana, que suministra"): the
relative is the company's, as in English where the adjective stands before ("the Como company, which
supplies"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language, coref):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language, coref=coref))}


@pytest.mark.parametrize("sentence, language, coref", [
    ("È il contratto più importante nella storia della società comasca, che già oggi fornisce bobine a Korvan.", "it", {"della società": "Maltrix"}),
    ("C'est le plus gros contrat de l'histoire de la société grenobloise, qui fournit déjà des bobines à Korvan.", "fr", {"la société": "Maltrix"}),
    ("Es el mayor contrato de la historia de la empresa catalana, que ya suministra bobinas a Korvan.", "es", {"la empresa": "Maltrix"}),
    ("It is the largest contract in the history of the Como company, which already supplies coils to Korvan.", "en", {"the Como company": "Maltrix"}),
])
def test_relative_after_an_adjective(sentence, language, coref):
    assert ("supplies", "Maltrix", "Korvan") in _found(sentence, language, coref)



def test_an_adverb_before_the_comma_is_no_adjective():
    from tierscope.relations.frames.supply import _ROMANCE_ADJECTIVE
    assert _ROMANCE_ADJECTIVE.match(" comasca, che") is not None
    assert _ROMANCE_ADJECTIVE.match(" oggi, che") is None
    assert _ROMANCE_ADJECTIVE.match(" aujourd'hui, qui") is None
