"""Founding a company together with a partner is a joint venture ("X set up a company together with
Y", "X ha fondato insieme a Y la società Z", "X a créé avec Y la société Z", "X fundó junto a Y la
empresa Z", "X hat zusammen mit Y die Firma Z gegründet"), not a bare partnership; forming a
partnership or developing something together stays one. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Brixo Cells"]
_PAIR = frozenset(("Korvan", "Maltrix"))


def _types(sentence, language):
    return {t for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))
            if frozenset((s, d)) == _PAIR}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan set up a company together with Maltrix in 2024 to recycle cells.", "en"),
    ("Korvan founded Brixo Cells with Maltrix in 2023.", "en"),
    ("Korvan ha fondato insieme a Maltrix la società Brixo Cells.", "it"),
    ("Korvan costituisce con Maltrix una nuova società per il riciclo.", "it"),
    ("Korvan a créé avec Maltrix la société Brixo Cells.", "fr"),
    ("Korvan fundó junto a Maltrix la empresa Brixo Cells.", "es"),
    ("Korvan hatte 2024 zusammen mit Maltrix die Firma Brixo Cells gegründet.", "de"),
    ("Korvan gründet gemeinsam mit Maltrix eine Gesellschaft für Recycling.", "de"),
])
def test_founding_a_company_with_a_partner(sentence, language):
    got = _types(sentence, language)
    assert "joint_venture" in got and "partners_with" not in got


@pytest.mark.parametrize("sentence, language", [
    ("Korvan formed a partnership with Maltrix in 2024.", "en"),
    ("Korvan hat zusammen mit Maltrix eine Software entwickelt.", "de"),
])
def test_no_company_founded_stays_a_partnership(sentence, language):
    assert _types(sentence, language) == {"partners_with"}
