"""A pair joined by a reciprocal verb of partnership with no "with" after it: "X et Y s'associent
pour ...", "se sont associés", "vont s'associer", "X y Y se asocian", "se han asociado" (the French
and Spanish lexicons, beside "s'allient" and "se alían"); "s'associent à Z" names Z as the partner.
Made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Korvan", "Maltrix", "Ostero"]


def _partners(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return {frozenset((r.source, r.target)) for r in doc.relations if r.type == "partners_with"}


@pytest.mark.parametrize("text, language", [
    ("Korvan et Maltrix s'associent pour développer des batteries pour camions.", "fr"),
    ("Korvan et Maltrix se sont associés pour développer des batteries.", "fr"),
    ("Korvan et Maltrix vont s'associer dans les batteries.", "fr"),
    ("Korvan y Maltrix se asocian para desarrollar baterías.", "es"),
    ("Korvan y Maltrix se han asociado en baterías.", "es"),
])
def test_a_pair_joined_by_a_reciprocal_verb_are_partners(text, language):
    assert _partners(text, language) == {frozenset(("Korvan", "Maltrix"))}


def test_a_partner_after_the_verb_is_each_ones():
    got = _partners("Korvan et Maltrix s'associent à Ostero pour développer des batteries.", "fr")
    assert got == {frozenset(("Korvan", "Ostero")), frozenset(("Maltrix", "Ostero"))}
