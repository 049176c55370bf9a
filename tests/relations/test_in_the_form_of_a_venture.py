""""sous la forme d'une coentreprise", "en forma de empresa conjunta", "bajo la forma de": the noun "forme"
/ "forma" (the shape a company took), not the verb "forme" / "forma" (forms) that tells a venture being
set up: a venture born in 2019 runs now. Made-up companies, sentences written for this test."""

from __future__ import annotations

import pytest

from .helpers import rels

_C = ["Delvo", "Korvan", "Maltrix"]


def _venture_status(text, language):
    return {r.status for r in rels(text, _C, language=language)
            if r.type == "joint_venture" and {r.source, r.target} == {"Korvan", "Maltrix"}}


@pytest.mark.parametrize("sentence, language", [
    ("Delvo est né en 2019 sous la forme d'une coentreprise à parts égales entre Korvan et Maltrix.", "fr"),
    ("Delvo nació en 2019 en forma de empresa conjunta al 50% entre Korvan y Maltrix.", "es"),
    ("Delvo nació en 2019 bajo la forma de una empresa conjunta entre Korvan y Maltrix.", "es"),
])
def test_the_form_a_venture_took_is_no_verb_of_forming(sentence, language):
    assert _venture_status(sentence, language) == {"active"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan forme une coentreprise avec Maltrix.", "fr"),
    ("Korvan forma una empresa conjunta con Maltrix.", "es"),
])
def test_the_verb_of_forming_still_tells_a_venture_to_come(sentence, language):
    assert _venture_status(sentence, language) == {"announced"}
