"""One joint venture of a subject "with A and B" ("X baut zusammen mit A und B eine Zellfabrik", "X is
building a cell plant together with A and B"): its parents are all three, pairwise, so A and B are
venture parents together too. Not a plural venture noun ("formed joint ventures with A and B": one
each) nor a partnership (X's partners are not each other's). Made-up companies, sentences written for
this test."""

from __future__ import annotations

import pytest

from .helpers import rels

_C = ["Korvan", "Maltrix", "Delvo"]
_ALL = {frozenset(p) for p in (("Korvan", "Maltrix"), ("Korvan", "Delvo"), ("Maltrix", "Delvo"))}


def _pairs(text, language, typ):
    return {frozenset((r.source, r.target)) for r in rels(text, _C, language=language) if r.type == typ}


@pytest.mark.parametrize("sentence, language", [
    ("In Ohio baut Korvan zusammen mit dem Motorenhersteller Maltrix und dem Rivalen Delvo eine eigene Zellfabrik.", "de"),
    ("Korvan is building a cell plant in Ohio together with Maltrix and Delvo.", "en"),
    ("Korvan has formed a joint venture with Maltrix and Delvo.", "en"),
    ("Korvan construit une usine de cellules dans l'Ohio avec Maltrix et Delvo.", "fr"),
    ("Korvan costruisce un impianto di celle in Ohio insieme a Maltrix e Delvo.", "it"),
    ("Korvan construye una planta de celdas en Ohio junto con Maltrix y Delvo.", "es"),
])
def test_the_two_partners_of_one_venture_are_parents_together(sentence, language):
    assert _pairs(sentence, language, "joint_venture") == _ALL


def test_ventures_in_the_plural_are_one_with_each():
    assert _pairs("Korvan has formed joint ventures with Maltrix and Delvo.", "en", "joint_venture") == {
        frozenset(("Korvan", "Maltrix")), frozenset(("Korvan", "Delvo"))}


def test_a_partnership_with_two_companies_does_not_tie_them():
    assert _pairs("Korvan partners with Maltrix and Delvo.", "en", "partners_with") == {
        frozenset(("Korvan", "Maltrix")), frozenset(("Korvan", "Delvo"))}
