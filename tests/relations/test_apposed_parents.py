"""An owner noun in an apposition is said of the name the apposition follows, also when that name
is an object or stands after a preposition ("X signed with Y, the parent of W": Y owns W, not X;
``apposed_parents.py``), and a shareholder noun after an elided article ("avec Y, l'actionnaire majoritaire
de W", ``frames/nouns.py``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Tessaro", "Corvalis", "Norvik", "Borvan"]


def _rels(text, language):
    return {(r.type, r.source, r.target) for r in RelationExtractor()(make_doc(text, NAMES, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis has agreed a cooperation with Tessaro, the parent of Borvan."),
    ("en", "Corvalis will deliver axles to Tessaro, the owner of Borvan, from 2027."),
    ("fr", "Corvalis a conclu un partenariat avec Tessaro, la maison mère de Borvan."),
    ("it", "Corvalis ha stretto un'alleanza con Tessaro, la capogruppo di Borvan."),
    ("es", "Corvalis ha sellado una alianza con Tessaro, la matriz de Borvan."),
    ("de", "Corvalis hat eine Kooperation mit Tessaro, der Muttergesellschaft von Borvan, vereinbart."),
    ("fr", "Corvalis a conclu un partenariat avec Tessaro, l'actionnaire majoritaire de Borvan."),
    ("it", "Corvalis ha stretto un'alleanza con Tessaro, l'azionista di maggioranza di Borvan."),
])
def test_owner_noun_said_of_the_apposed_name(language, text):
    got = _rels(text, language)
    assert ("owns", "Tessaro", "Borvan") in got
    assert ("owns", "Corvalis", "Borvan") not in got


@pytest.mark.parametrize("language,text", [
    # a unit noun with a possessive: the apposed name is the unit, the subject its owner
    ("en", "Corvalis has agreed a cooperation with Tessaro, its battery subsidiary."),
    ("fr", "Corvalis a conclu un partenariat avec Tessaro, sa filiale de batteries."),
    # a relative, not an apposition: the frame reads the relative as before
    ("en", "Corvalis has agreed a cooperation with Tessaro, which owns Borvan."),
])
def test_unit_nouns_and_relatives_unchanged(language, text):
    got = _rels(text, language)
    if "Borvan" in text:
        assert ("owns", "Tessaro", "Borvan") in got
    else:
        assert ("owns", "Corvalis", "Tessaro") in got
