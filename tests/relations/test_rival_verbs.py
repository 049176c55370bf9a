"""A verb of competing names rivals, not customers (``guards._RIVAL``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel supplies thermal systems to most premium brands and competes in that segment with Nordia and Brixo."),
    ("it", "Kestrel fornisce sistemi termici alla maggior parte dei marchi premium e compete in quel segmento con Nordia e Brixo."),
    ("fr", "Kestrel fournit des systèmes thermiques à la plupart des marques premium et rivalise sur ce segment avec Nordia et Brixo."),
    ("es", "Kestrel suministra sistemas térmicos a la mayoría de las marcas premium y compite en ese segmento con Nordia y Brixo."),
    ("de", "Kestrel liefert Thermosysteme an die meisten Premiummarken und konkurriert in diesem Segment mit Nordia und Brixo."),
])
def test_rivals_after_a_verb_of_competing_are_no_customers(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia", "Brixo"], lang) == []


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Kestrel, which competes with Nordia, supplies brakes to Audi.", [("Kestrel", "Audi")]),
    ("es", "Kestrel, que compite con Nordia, suministra frenos a Audi.", [("Kestrel", "Audi")]),
    ("en", "Kestrel competes with Nordia for the order and will supply Audi.", [("Kestrel", "Audi")]),
])
def test_the_customer_beside_a_rival_is_kept(lang, sentence, expected):
    assert supplies(sentence, ["Kestrel", "Nordia", "Audi"], lang) == expected
