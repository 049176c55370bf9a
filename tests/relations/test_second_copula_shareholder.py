"""A shareholder noun after "and" and a copula has the first verb's subject for its referent, not the
first verb's object ("Norvik owns Brixo outright, and it is the largest shareholder of Kelda").
Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    names = [n for n in ("Norvik", "Brixo", "Kelda") if n in text]
    return {(r.type, r.source, r.target) for r in RelationExtractor()(make_doc(text, names, language=lang)).relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik owns Brixo outright, and it is the largest shareholder of Kelda."),
    ("it", "Norvik controlla Brixo ed è anche il primo azionista di Kelda."),
    ("fr", "Norvik contrôle Brixo et il est aussi le premier actionnaire de Kelda."),
    ("es", "Norvik controla Brixo y es también el primer accionista de Kelda."),
    ("de", "Norvik kontrolliert Brixo und ist zudem der größte Aktionär von Kelda."),
])
def test_second_copula_keeps_the_subject(lang, text):
    rels = _rels(text, lang)
    assert ("invests_in", "Norvik", "Kelda") in rels
    assert ("invests_in", "Brixo", "Kelda") not in rels


def test_apposed_shareholder_stays_with_its_head():
    # no "and" before the copula: the name right before the noun is its referent as before
    assert ("invests_in", "Brixo", "Kelda") in _rels("Norvik signed with Brixo, the largest shareholder of Kelda.", "en")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brixo has offtake deals with Kelda, and its largest shareholder is Norvik, with a stake of close to 20%."),
    ("en", "Brixo has deals with Kelda, and its largest shareholder is Anna Example's Norvik."),
    ("fr", "Brixo a signé avec Kelda, et son premier actionnaire est Norvik, avec environ 20 %."),
    ("de", "Brixo hat mit Kelda unterzeichnet, und sein größter Aktionär ist Norvik mit rund 20 Prozent."),
    ("it", "Brixo ha firmato con Kelda e il suo primo azionista è Norvik, con circa il 20%."),
    ("es", "Brixo ha firmado con Kelda y su mayor accionista es Norvik, con cerca del 20%."),
])
def test_its_largest_shareholder_is(lang, text):
    rels = _rels(text, lang)
    assert ("invests_in", "Norvik", "Brixo") in rels
    assert not {r for r in rels if r[0] == "invests_in" and r[1] == "Kelda"}


@pytest.mark.parametrize("lang,text", [
    ("it", "Brixo ha chiuso l'aumento di capitale: il primo azionista resta Norvik, con il 31% delle azioni."),
    ("en", "Brixo confirmed its shareholder structure: the largest shareholder remains Norvik, with 19.6%."),
    ("fr", "Brixo confirme sa structure : le premier actionnaire reste Norvik, avec 19,6 %."),
    ("es", "Brixo confirma su estructura: el primer accionista sigue siendo Norvik, con el 19,6%."),
    ("de", "Brixo bestätigt seine Struktur: Der größte Aktionär bleibt Norvik mit 19,6 Prozent."),
])
def test_bare_shareholder_noun_after_a_colon(lang, text):
    assert ("invests_in", "Norvik", "Brixo") in _rels(text, lang)


def test_noun_with_its_own_of_keeps_it():
    rels = _rels("Kelda signed with Brixo: the largest shareholder of Norvik is Torlan.".replace("Torlan", "Kelda"), "en")
    assert ("invests_in", "Kelda", "Brixo") not in rels
