"""A unit and its gazetteer parent named in one sentence keep the parent's ownership when the story
tells a supplier or a customer of the unit: only another owner or buyer of the unit means the page is
about a change of hands (RelationExtractor._known_units, unit_nouns.owner_besides). Comilog is Eramet's
unit in the gazetteer; Norvik is made up; invented sentences in the five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Comilog", "Eramet")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik supplies Comilog with mining trucks. Eramet and Comilog presented the new mine on Monday."),
    ("de", "Norvik beliefert Comilog mit Muldenkippern. Eramet und Comilog stellten am Montag die neue Mine vor."),
    ("fr", "Norvik fournit des camions miniers à Comilog. Eramet et Comilog ont présenté lundi la nouvelle mine."),
    ("it", "Norvik fornisce camion minerari a Comilog. Eramet e Comilog hanno presentato lunedì la nuova miniera."),
    ("es", "Norvik suministra camiones mineros a Comilog. Eramet y Comilog presentaron el lunes la nueva mina."),
])
def test_a_supplier_of_the_unit_leaves_the_parent_its_owner(lang, text):
    got = _rels(text, lang)
    assert ("supplies", "Norvik", "Comilog") in got
    assert ("owns", "Eramet", "Comilog") in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik agreed to buy Comilog. Eramet and Comilog presented the new mine on Monday."),
    ("de", "Norvik übernimmt Comilog. Eramet und Comilog stellten am Montag die neue Mine vor."),
])
def test_a_buyer_of_the_unit_still_hides_the_parent(lang, text):
    assert ("owns", "Eramet", "Comilog") not in _rels(text, lang)
