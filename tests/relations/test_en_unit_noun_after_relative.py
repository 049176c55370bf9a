"""A unit noun after a closed relative clause ("Y, which X bought from Z in 2015, remains a wholly owned
subsidiary of P", "Y, which already supplies Z, is a unit of P") tells of the relative's antecedent, not
of a name inside the relative; a complement clause after "a report that" is no relative. Invented
companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Perrin Robotics", "Halvard Group", "Mentor Holdings", "Marlowe Cars", "Dantrell Motors", "Tamsin Works"]


def _owns(text):
    return {(r.source, r.target) for r in rels(text, NAMES, language="en") if r.type == "owns"}


@pytest.mark.parametrize("text", [
    "Perrin Robotics, which Halvard Group bought from Mentor Holdings in 2015, remains a wholly owned subsidiary of Halvard Group.",
    "Perrin Robotics, which already supplies Marlowe Cars, is a unit of Halvard Group.",
    "Perrin Robotics, which makes welding arms for Marlowe Cars, is a subsidiary of Halvard Group.",
])
def test_the_antecedent_is_the_unit(text):
    got = _owns(text)
    assert ("Halvard Group", "Perrin Robotics") in got
    assert not {("Halvard Group", "Mentor Holdings"), ("Halvard Group", "Marlowe Cars")} & got


def test_a_complement_clause_is_no_relative():
    got = _owns("Separately, Dantrell Motors denied a report that it was in talks to buy Tamsin Works, "
                "the Austrian maker of lamps controlled by Halvard Group.")
    assert ("Halvard Group", "Tamsin Works") in got


def test_a_relative_subject_still_takes_the_noun():
    got = _owns("Tamsin Works was acquired by Marlowe Cars, which is wholly owned by Halvard Group.")
    assert ("Halvard Group", "Marlowe Cars") in got


@pytest.mark.parametrize("text, lang", [
    ("Perrin Robotics, que hasta 2024 compraba los brazos a la alemana Tamsin Works, filial de Halvard Group, "
     "busca ahora otro proveedor.", "es"),
    ("Perrin Robotics, which bought its arms from Tamsin Works, a unit of Halvard Group, is looking for a new "
     "supplier.", "en"),
])
def test_a_unit_noun_apposed_inside_the_relative_tells_of_its_own_name(text, lang):
    got = {(r.source, r.target) for r in rels(text, NAMES, language=lang) if r.type == "owns"}
    assert ("Halvard Group", "Perrin Robotics") not in got
