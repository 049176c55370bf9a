"""A possessive customer noun owned by the company of the subject's apposition (relations/apposed_customer.py),
in every language: "Korvan, a shareholder of Maltrix, is its only customer" (Maltrix supplies Korvan).
Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan, a minority shareholder in Maltrix since 2022, is so far its only customer.", "en"),
    ("Korvan, actionnaire minoritaire de Maltrix depuis 2022, est pour l'instant son unique client.", "fr"),
    ("Korvan, azionista di minoranza di Maltrix dal 2022, è per ora il suo unico cliente.", "it"),
    ("Korvan, accionista minoritario de Maltrix desde 2022, es por ahora su único cliente.", "es"),
    ("Korvan, Minderheitsaktionär von Maltrix seit 2022, ist bislang dessen einziger Kunde.", "de"),
])
def test_the_appositions_company_supplies_the_subject(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Korvan", "Maltrix") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Korvan, a minority shareholder in Maltrix, is its second-largest investor.", "en"),
    ("Korvan, actionnaire de Maltrix, est son premier actionnaire.", "fr"),
])
def test_another_noun_is_no_customer(sentence, language):
    assert not any(t == "supplies" for t, _s, _d in _found(sentence, language))
