"""A person who comes from a company is no goods from it: "Norvik, whose chief executive came from Brixo"
ties Brixo to no one (``second_sources._PEOPLE``; in German ``relative_goods`` reads a relative on goods,
not one on a company: "Norvik, dessen Chef von Brixo kommt"). Invented names and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Kestrel", "Norvik", "Brixo"]


def _supplies(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel will ship battery modules to Norvik, whose founder came from Brixo."),
    ("fr", "Kestrel livrera des modules de batterie à Norvik, dont la directrice générale vient de Brixo."),
    ("it", "Kestrel consegnerà moduli per batterie a Norvik, il cui direttore tecnico proviene da Brixo."),
    ("es", "Kestrel entregará módulos de batería a Norvik, cuyo presidente procede de Brixo."),
    ("de", "Kestrel liefert Batteriemodule an Norvik, dessen Gründer von Brixo kommt."),
])
def test_a_person_from_a_company_brings_no_goods(lang, text):
    got = _supplies(text, lang)
    assert ("Kestrel", "Norvik") in got
    assert not {p for p in got if "Brixo" in p}


def test_goods_that_come_from_a_second_supplier_still_do():
    got = _supplies("Cells for Norvik's cars will come from Kestrel, while seats will be ordered from Brixo.", "en")
    assert ("Brixo", "Norvik") in got


@pytest.mark.parametrize("text", [
    # Italian "ad" is also the preposition before a vowel ("ad oggi", "ad aprile"), no chief executive
    "Norvik compra le celle da Kestrel, mentre ad oggi i telai provengono da Brixo.",
    "Norvik compra i moduli da Kestrel, mentre ad esempio i telai provengono da Brixo.",
])
def test_the_italian_preposition_ad_is_no_person(text):
    assert ("Brixo", "Norvik") in _supplies(text, "it")


def test_the_italian_chief_executive_ad_still_is():
    got = _supplies("Kestrel consegnerà moduli a Norvik, il cui ad proviene da Brixo.", "it")
    assert not {p for p in got if "Brixo" in p}


@pytest.mark.parametrize("lang,text", [
    # a person word that is not the subject of the verb of coming: the goods still come from the second source
    ("en", "Norvik takes its cells from Kestrel, while the design team's frames come from Brixo."),
    # French "il" stands for goods or for no one ("il faut"), not for a person
    ("fr", "Norvik achète ses cellules à Kestrel, tandis que le boîtier, il viendra de Brixo."),
    ("fr", "Norvik achète ses cellules à Kestrel, mais il est prévu que les boîtiers viennent de Brixo."),
])
def test_a_person_word_that_is_no_subject_keeps_the_second_source(lang, text):
    assert ("Brixo", "Norvik") in _supplies(text, lang)
