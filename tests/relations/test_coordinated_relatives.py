"""A relative joined by a conjunction to a relative before it (", y que", ", e che", ", et dont", ", and of which")
speaks of the first relative's antecedent, not of the name right before the conjunction: "un plan que pasa por
Selvio, y que tendrá en Quarda a su primer cliente" makes Quarda the plan's customer, not Selvio's
(frames/common.py _relative_pair, _COORDINATED_RELATIVE)."""

from __future__ import annotations

import pytest

from tierscope.relations.frames.common import _COORDINATED_RELATIVE

from .helpers import rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Brakon unveiled a project built around Selvio, and of which Quarda is the first customer.", "en"),
    ("Brakon unveiled a project built around Selvio, and in which Quarda is the first customer.", "en"),
    ("Brakon a présenté un projet qui repose sur Selvio, et dont Quarda est le premier client.", "fr"),
    ("Brakon ha presentato un progetto che passa per Selvio, e che ha in Quarda il primo cliente.", "it"),
    ("Brakon presentó un plan que pasa por Selvio, y que tendrá en Quarda a su primer cliente.", "es"),
])
def test_the_name_before_a_coordinated_relative_is_not_its_antecedent(text, language):
    assert ("Selvio", "Quarda") not in _supplies(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text, language", [
    ("Selvio, dont Quarda est le premier client, grandit.", "fr"),
    ("Selvio, che ha in Quarda il primo cliente, cresce.", "it"),
    ("Selvio, en la que Quarda es el primer cliente, crece.", "es"),
])
def test_a_plain_relative_still_speaks_of_the_name_before_it(text, language):
    assert ("Selvio", "Quarda") in _supplies(rels(text, NAMES, language=language))


@pytest.mark.parametrize("gap", [", and which ", ", et dont ", ", e che ", ", y que ", ", und dessen "])
def test_the_conjunction_before_the_relative_word(gap):
    assert _COORDINATED_RELATIVE.match(gap) is not None


@pytest.mark.parametrize("gap", [", which ", ", dont ", ", che ", ", en la que ", ", dessen "])
def test_no_conjunction_no_coordinated_relative(gap):
    assert _COORDINATED_RELATIVE.match(gap) is None
