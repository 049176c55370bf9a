"""A buyer whose relative clause tells it bought "the (former) division of S" is no unit of S
(relations/sold_units.py, ``_buyer_relative``)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda", "Norvik"]


def _owns(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "owns"}


@pytest.mark.parametrize("text, language", [
    ("Brakon, which bought the battery division of Quarda in 2019, won the contract.", "en"),
    ("Brakon, which absorbed the former battery division of Quarda in 2019, won the contract.", "en"),
    ("Brakon, qui a racheté l'ancienne filiale de Quarda en 2019, a remporté le contrat.", "fr"),
    ("Brakon, que absorbió la antigua filial de Quarda, ganó el contrato.", "es"),
    ("Brakon, que compró la filial de baterías de Quarda en 2018, ganó el contrato.", "es"),
    ("Brakon, che ha assorbito l'ex controllata di Quarda, ha vinto la commessa.", "it"),
    ("Brakon, che ha acquistato la controllata di Quarda, ha vinto la commessa.", "it"),
    ("Brakon, der 2019 die ehemalige Tochter von Quarda übernahm, gewann den Auftrag.", "de"),
])
def test_the_buyer_of_a_unit_is_not_the_unit(text, language):
    assert ("Quarda", "Brakon") not in _owns(text, language)


@pytest.mark.parametrize("text, language", [
    ("Norvik, which is the battery unit of Quarda, won the contract.", "en"),
    ("Norvik, the former battery unit of Quarda, won the contract.", "en"),
    ("Norvik, que fue la división de baterías de Quarda hasta que Brakon la compró, ganó el contrato.", "es"),
    ("Norvik, die frühere Tochter von Quarda, gewann den Auftrag.", "de"),
    ("Norvik, qui était la filiale de Quarda jusqu'en 2019, a remporté le contrat.", "fr"),
])
def test_a_unit_named_before_its_owner_stays_owned(text, language):
    assert ("Quarda", "Norvik") in _owns(text, language)
