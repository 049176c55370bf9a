"""Round 16 (enR): forming metal parts for a customer (stamping, pressing, die-casting) is making them:
"X has stamped body panels for Y since the 1990s" (X supplies Y), as "X builds body panels for Y" is.
Only with a recipient; "stamped out" and the Italian press ("la stampa") are no such verbs. Made-up
companies, all five languages."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _supplies(sentence, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language)) if t == "supplies"}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Korvan, whose Leeds works has stamped doors and roof panels for Maltrix since 1998, is hiring."),
    ("en", "Korvan die-casts gearbox housings for Maltrix in Slovakia."),
    ("it", "Korvan stampa portiere e cofani per Maltrix nello stabilimento di Melfi."),
    ("fr", "Korvan emboutit des portières pour Maltrix dans son usine de Sochaux."),
    ("es", "Korvan estampa puertas y techos para Maltrix en su planta de Vigo."),
    ("de", "Korvan presst Türen und Dächer für Maltrix im Werk Kassel."),
])
def test_parts_formed_for_a_customer_are_supplied(language, sentence):
    assert ("Korvan", "Maltrix") in _supplies(sentence, language)


@pytest.mark.parametrize("language, sentence", [
    ("en", "Korvan stamped out the practice after Maltrix complained."),
    ("it", "Secondo la stampa per Maltrix è stato un buon anno, ha detto Korvan."),
])
def test_no_making(language, sentence):
    assert ("Korvan", "Maltrix") not in _supplies(sentence, language)
