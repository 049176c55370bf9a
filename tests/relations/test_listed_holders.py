"""Holders listed after a verb of counting and the company held ("Y counts A and B among its
shareholders", "Y compte parmi ses actionnaires A et B", "Y conta tra i suoi soci A e B", "Y cuenta
entre sus accionistas con A y B", "Y zählt A und B zu seinen Aktionären"): each member holds a stake in
Y and none in another member (``relations/possessive_holders.py`` ``listed_holders``). Invented
companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Orsela", "Tavrin", "Quell", "Marbeck"]


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Tavrin counts Orsela and Danish pension fund Quell among its shareholders."),
    ("en", "Tavrin, set up in Turin in 2021, counts among its investors Orsela and the fund Quell."),
    ("fr", "Tavrin compte parmi ses petits actionnaires Orsela et le fonds danois Quell."),
    ("it", "Tavrin, nata a Torino nel 2021, conta tra i suoi soci di minoranza Orsela e il fondo danese Quell."),
    ("es", "Tavrin cuenta entre sus accionistas con Orsela y el fondo danés Quell."),
    ("es", "Tavrin tiene entre sus socios minoritarios a Orsela y al fondo danés Quell."),
    ("de", "Tavrin zählt Orsela und den dänischen Pensionsfonds Quell zu seinen Aktionären."),
])
def test_each_listed_holder_holds_the_counting_company(lang, text):
    got = _rels(text, lang)
    assert got.get(("invests_in", "Orsela", "Tavrin")) == "active", got
    assert got.get(("invests_in", "Quell", "Tavrin")) == "active", got
    assert not any({s, t} == {"Orsela", "Quell"} for _ty, s, t in got), got


def test_a_holder_counted_long_ago_is_a_former_holder():
    got = _rels("Tavrin, la filiale de Marbeck, a longtemps compté le groupe Orsela parmi ses actionnaires, à hauteur de 40 %.", "fr")
    assert got.get(("invests_in", "Orsela", "Tavrin")) == "ended", got
    assert ("invests_in", "Orsela", "Marbeck") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Tavrin counts Orsela and Quell among its customers."),
    ("fr", "Tavrin compte parmi ses clients Orsela et Quell."),
])
def test_other_roles_are_no_stakes(lang, text):
    got = _rels(text, lang)
    assert not any(ty == "invests_in" for ty, _s, _t in got), got


@pytest.mark.parametrize("lang,text", [
    ("es", "Entre los accionistas de Tavrin figuran el grupo minero Orsela, la eléctrica Quell y un fondo nórdico."),
    ("it", "Tavrin produrrà 8 GWh l'anno e tra i suoi soci figurano Orsela e il fondo Quell."),
    ("en", "Among the early backers of Tavrin are Orsela and Danish pension fund Quell."),
    ("de", "Zu den Anteilseignern von Tavrin gehören Orsela und der Pensionsfonds Quell."),
])
def test_holders_listed_after_a_fronted_among_phrase(lang, text):
    got = _rels(text, lang)
    assert got.get(("invests_in", "Orsela", "Tavrin")) == "active", got
    assert got.get(("invests_in", "Quell", "Tavrin")) == "active", got


def test_a_fronted_phrase_of_another_role_is_no_stake():
    got = _rels("Tavrin fabrica celdas y entre sus clientes figuran Orsela y Quell.", "es")
    assert not any(ty == "invests_in" for ty, _s, _t in got), got


@pytest.mark.parametrize("lang,text", [
    # a relative clause on a listed holder tells of that holder: the name inside it is no fellow holder
    ("en", "Tavrin counts among its investors Orsela, whose founder also chairs Quell."),
    ("en", "Tavrin raised EUR 12m last spring, and among its backers are Orsela, whose parent controls Quell."),
    ("fr", "Tavrin compte parmi ses actionnaires Orsela, dont le fondateur préside aussi Quell."),
    ("it", "Tavrin conta tra i suoi soci Orsela, il cui fondatore presiede anche Quell."),
    ("es", "Tavrin cuenta entre sus accionistas con Orsela, cuyo fundador preside también Quell."),
])
def test_a_name_inside_a_relative_on_a_holder_is_not_listed(lang, text):
    got = _rels(text, lang)
    assert got.get(("invests_in", "Orsela", "Tavrin")) == "active", got
    assert ("invests_in", "Quell", "Tavrin") not in got, got


@pytest.mark.parametrize("lang,text", [
    # a second role or a new predicate after the holder: the next name is no holder
    ("en", "Tavrin counts among its backers Orsela, and among its clients Quell."),
    ("fr", "Tavrin compte parmi ses actionnaires Orsela, et parmi ses clients Quell."),
    ("it", "Tavrin conta tra i suoi soci Orsela, e tra i clienti Quell."),
    ("es", "Tavrin cuenta entre sus accionistas con Orsela, y entre sus clientes a Quell."),
    ("en", "Tavrin counts among its investors Orsela, and also ships housings to Quell."),
])
def test_a_name_after_another_role_is_not_listed(lang, text):
    got = _rels(text, lang)
    assert got.get(("invests_in", "Orsela", "Tavrin")) == "active", got
    assert ("invests_in", "Quell", "Tavrin") not in got, got


def test_a_pure_play_fund_stays_in_the_list():
    got = _rels("Tavrin counts among its investors Orsela and pure-play battery fund Quell.", "en")
    assert ("invests_in", "Quell", "Tavrin") in got, got
