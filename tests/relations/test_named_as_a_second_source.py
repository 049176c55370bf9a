"""Round 16 (enR): a company named as a "second source" (or a new, backup, sole source) is a supplier,
like one named as a supplier: "X has qualified Y as a second source" (Y supplies X). Only after "as"
and with such a word: a source of a report is no supplier. Made-up companies, all five languages."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix"]


def _supplies(sentence, language):
    return {(s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language)) if t == "supplies"}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Korvan has now qualified Maltrix as a second source for its power modules."),
    ("en", "After the fire, Korvan brought in Maltrix as a backup source."),
    ("fr", "Korvan a qualifié Maltrix comme seconde source l'an dernier."),
    ("it", "Korvan ha qualificato Maltrix come seconda fonte lo scorso anno."),
    ("es", "Korvan ha homologado a Maltrix como segunda fuente este año."),
    ("de", "Korvan hat Maltrix als zweite Bezugsquelle für Zellen qualifiziert."),
])
def test_a_second_source_is_a_supplier(language, sentence):
    assert ("Maltrix", "Korvan") in _supplies(sentence, language)


@pytest.mark.parametrize("sentence", [
    "Korvan cited Maltrix as a source for the figures.",
    "Maltrix said Korvan was the source of the report.",
])
def test_a_source_of_news_is_no_supplier(sentence):
    assert not _supplies(sentence, "en")
