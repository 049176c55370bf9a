"""A bare memorandum or protocol signed with a partner ("signed a memorandum with Y", "un memorandum
con Y", "un protocole avec Y", "un memorando con Y"), a French "projet commun", and a German pair that
will build or develop something "gemeinsam" with no "mit" are partnerships (the lexicons); a protocol
of sale, a memorandum about a supply, and "gemeinsam mit" (read by other triggers) are not these
triggers'. Made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Korvan", "Maltrix"]
_PAIR = frozenset(_NAMES)


def _ties(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return {(r.type, frozenset((r.source, r.target))) for r in doc.relations}


@pytest.mark.parametrize("text, language", [
    ("Korvan has signed a memorandum with Maltrix on the recycling of production scrap.", "en"),
    ("Korvan ha firmato un memorandum con Maltrix per il riciclo degli scarti.", "it"),
    ("Pour le recyclage, Korvan a signé un protocole avec Maltrix, sans création de société commune.", "fr"),
    ("Korvan ha firmado un memorando con Maltrix para el reciclaje de baterías.", "es"),
    ("Korvan et Maltrix ont abandonné l'an dernier leur projet commun de recyclage à Dunkerque.", "fr"),
    ("Korvan und Maltrix haben vereinbart, gemeinsam ein Verfahren zur Rückgewinnung von Lithium zu entwickeln.", "de"),
    ("Korvan und Maltrix wollen gemeinsam ein Schnellladenetz aufbauen.", "de"),
])
def test_a_memorandum_a_joint_project_or_joint_work_is_a_partnership(text, language):
    assert ("partners_with", _PAIR) in _ties(text, language), _ties(text, language)


@pytest.mark.parametrize("text, language", [
    ("Korvan avait signé un protocole de cession avec Maltrix.", "fr"),
    ("A memorandum with Maltrix, signed in 2023 to explore supply of up to 5,000 tonnes a year, lapsed last year, "
     "Korvan said.", "en"),
    ("Korvan ha firmato un memorandum con Maltrix per la fornitura di litio.", "it"),
])
def test_a_protocol_of_sale_or_a_memorandum_of_supply_is_no_partnership(text, language):
    assert not any(t == "partners_with" for t, _p in _ties(text, language)), _ties(text, language)
