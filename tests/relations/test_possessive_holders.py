"""A holder placed among the shareholders of the sentence's first company by a possessive ("Y ...,
while X is among its shareholders", "tandis que X figure parmi ses actionnaires", "mentre X figura tra i
suoi soci", "mientras que X figura entre sus accionistas", "während X zu seinen Aktionären gehört"): a
running stake, across the contrast word. Invented companies (Orsela, Tavrin, Quell)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, ["Orsela", "Tavrin", "Quell"], language=lang))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


@pytest.mark.parametrize("lang,text", [
    ("en", "Tavrin opened its second pilot line last spring, while Orsela is among its early backers."),
    ("fr", "Tavrin a ouvert sa deuxième ligne pilote au printemps, tandis qu'Orsela figure parmi ses premiers actionnaires."),
    ("it", "Tavrin ha aperto in primavera la seconda linea pilota, mentre Orsela figura tra i suoi primi soci."),
    ("es", "Tavrin abrió en primavera su segunda línea piloto, mientras que Orsela figura entre sus primeros accionistas."),
    ("de", "Tavrin hat im Frühjahr die zweite Pilotlinie eröffnet, während Orsela zu seinen ersten Geldgebern gehört."),
    ("en", "Tavrin raised EUR 90 million last year, and Orsela remains among its largest shareholders."),
])
def test_the_possessive_points_to_the_first_company(lang, text):
    got = _rels(text, lang)
    assert ("invests_in", "Orsela", "Tavrin", "active") in got, got
    assert not any(r[1:3] == ("Tavrin", "Orsela") for r in got), got


@pytest.mark.parametrize("lang,text", [
    # a former holder, a negation
    ("en", "Tavrin opened its second pilot line, while Orsela is among its former shareholders."),
    ("fr", "Tavrin a ouvert sa deuxième ligne, tandis qu'Orsela figure parmi ses anciens actionnaires."),
    ("de", "Tavrin hat die zweite Linie eröffnet, während Orsela zu seinen ehemaligen Aktionären gehört."),
    # a semicolon opens a new run of clauses: the possessive has no company before the holder there
    ("it", "Tavrin ha aperto la seconda linea; Orsela figura tra i suoi soci."),
])
def test_no_stake(lang, text):
    assert not any(r[0] == "invests_in" and r[1:3] == ("Orsela", "Tavrin") for r in _rels(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Outre Orsela, le fonds danois Tavrin et Quell figurent parmi ses actionnaires depuis 2022."),
    ("en", "Orsela, Tavrin and the fund Quell are among its shareholders."),
    ("es", "Orsela y Quell figuran entre sus accionistas."),
])
def test_a_list_of_holders_is_no_holder_of_its_first_member(lang, text):
    # the possessive's company is not named: no member of the list holds another
    assert not any(t == "invests_in" for t, *_ in _rels(text, lang))


def test_each_member_of_a_list_holds_the_first_company():
    got = _rels("Tavrin ha raccolto 2 miliardi, mentre Orsela e il fondo Quell figurano tra i suoi soci storici.", "it")
    assert ("invests_in", "Orsela", "Tavrin", "active") in got, got
    assert ("invests_in", "Quell", "Tavrin", "active") in got, got


def test_two_holders_listed_together_hold_nothing_of_each_other():
    got = _rels("Tavrin sammelte 90 Millionen ein, während Orsela und der Pensionsfonds Quell zu seinen Geldgebern gehören.", "de")
    assert ("invests_in", "Orsela", "Tavrin", "active") in got, got
    assert ("invests_in", "Quell", "Tavrin", "active") in got, got
    assert not any({s, t} == {"Orsela", "Quell"} for _ty, s, t, _st in got), got
