"""Fixes from the review of this round's rules (invented sentences): a plural read only from a plural
word, not from a singular noun's adjective ("son partenaire chinois"); a sentence's first word taken
whole, past any white space ("Muttergesellschaft ist X", "It<no-break space>is owned by X"); a share
told in words in Spanish ("21 por ciento", "una cuarta parte")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norvik et son partenaire chinois Corvalis et Tessaro construisent une usine."),
    ("es", "Norvik y su socio japonés Corvalis y Tessaro construyen una planta."),
])
def test_a_singular_partner_with_an_adjective_in_s_is_one_partner(lang, text):
    rels = _rels(text, lang)
    assert ("partners_with", "Corvalis", "Norvik") in rels
    assert not any(r[0] == "partners_with" and "Tessaro" in r for r in rels)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norvik et ses partenaires Corvalis et Tessaro construisent une usine."),
    ("es", "Norvik y sus socios Corvalis y Tessaro construyen una planta."),
    ("it", "Norvik e i suoi partner Corvalis e Tessaro costruiranno un impianto."),
])
def test_plural_partners_are_each_a_partner(lang, text):
    rels = {frozenset(r[1:]) for r in _rels(text, lang) if r[0] == "partners_with"}
    assert {frozenset(("Norvik", "Corvalis")), frozenset(("Norvik", "Tessaro"))} <= rels


@pytest.mark.parametrize("lang,text", [
    ("de", "Norvik fertigt Zellen in Schweden. Muttergesellschaft ist Corvalis."),
    ("en", "Norvik makes cells in Sweden. It\u00a0is owned by Corvalis."),
])
def test_the_parent_told_next_whatever_the_first_word(lang, text):
    assert ("owns", "Corvalis", "Norvik") in _rels(text, lang)


@pytest.mark.parametrize("text", [
    "Norvik fabrica celdas en Suecia. Corvalis posee el 21 por ciento del capital.",
    "Norvik fabrica celdas en Suecia. Corvalis posee una cuarta parte del capital.",
])
def test_a_spanish_share_in_words(text):
    assert ("invests_in", "Corvalis", "Norvik") in _rels(text, "es")


@pytest.mark.parametrize("text,pos,stops,want", [
    ("Korvan said: the output of Maltrix goes to Velquor", 30, ".;:!?\n", 12),
    ("the output of Maltrix goes to Velquor", 10, ".;:!?\n", 0),
    ("", 0, ".;:!?\n", 0),
    ("Korvan (with cells) builds", 12, ".;:!?\n()", 8),
])
def test_clause_opening(text, pos, stops, want):
    from tierscope.relations.engine import clause_opening
    assert clause_opening(text, pos, stops) == want


@pytest.mark.parametrize("lang,text", [
    ("it", "Il fatturato di Corvalis sale del 10%. La controllata Norvik produce catodi."),
    ("en", "Corvalis changed its battery vendor. The unit, Norvik, makes cathodes."),
])
def test_a_unit_named_next_when_no_sale_is_told(lang, text):
    assert ("owns", "Corvalis", "Norvik") in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("es", "Corvalis anunció la venta de su negocio de baterías. Su filial Norvik fabrica cátodos."),
    ("en", "Corvalis sold its battery arm. The unit, Norvik, makes cathodes."),
    ("it", "Corvalis ha ceduto il ramo batterie. La controllata Norvik produce catodi."),
])
def test_no_unit_named_next_after_a_sale(lang, text):
    assert not any(r[0] == "owns" for r in _rels(text, lang))


@pytest.mark.parametrize("text,status", [
    ("Almara and its former partner Brixo have parted ways.", "ended"),
    ("Almara and its Chinese partner Brixo run a plant.", "active"),
    ("Almara and its long-time partner Brixo run a plant.", "active"),
])
def test_one_word_before_partner_after_its(text, status):
    # the English "X and its <word> partner Y": one word of any case before the noun (the lexicon is
    # case-insensitive, so the rule says so), a former one ended by the status cues
    got = {(r.type, r.source, r.target): r.status for r in RelationExtractor()(make_doc(text, ["Almara", "Brixo"], language="en")).relations}
    assert got[("partners_with", "Almara", "Brixo")] == status
