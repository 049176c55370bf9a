"""A deal known only as "an agreement" (agreement, Vertrag, accord, accordo, acuerdo) that ended says
nothing of what it was - mostly a supply - and gives no partnership; nor does an agreement to sell or
buy something ("un accord de cession de l'usine", "un acuerdo de venta de su planta"). A partnership,
or a denied agreement, stays (relations/lexicon, relations/extractor.py). Sentences written for these
tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _partners(text, language):
    return {(s, d, st) for t, s, d, st, _p in triples(rels(text, _C, language=language)) if t == "partners_with"}


@pytest.mark.parametrize("text,language", [
    ("Korvan's earlier agreement with Maltrix ran out in September and was not renewed.", "en"),
    ("Korvan hat den Vertrag mit Maltrix gekündigt.", "de"),
    ("L'accord entre Korvan et Maltrix a pris fin en décembre.", "fr"),
    ("El acuerdo entre Korvan y Maltrix terminó en marzo.", "es"),
    ("L'accordo tra Korvan e Maltrix si è concluso a marzo.", "it"),
    # an agreement to sell or buy something is the sale's
    ("Korvan a signé avec Maltrix un accord de cession de l'usine de Hambach.", "fr"),
    ("Korvan firmó con Maltrix un acuerdo de venta de su planta.", "es"),
    ("Korvan ha firmato con Maltrix un accordo di cessione dello stabilimento.", "it"),
])
def test_no_partnership_from_a_bare_agreement_that_ended_or_a_sale(text, language):
    assert not _partners(text, language)


@pytest.mark.parametrize("text,language,expected", [
    ("Korvan ended its partnership with Maltrix in March.", "en", ("Korvan", "Maltrix", "ended")),
    ("Korvan dément tout accord avec Maltrix.", "fr", ("Korvan", "Maltrix", "denied")),
    ("Korvan y Maltrix firmaron un acuerdo para desarrollar baterías.", "es", ("Korvan", "Maltrix", "announced")),
])
def test_a_partnership_or_a_denied_agreement_stays(text, language, expected):
    assert expected in _partners(text, language)
