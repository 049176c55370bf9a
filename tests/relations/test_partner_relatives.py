"""A partnership told in a relative clause on the partner, opened by "with which" ("Y, with which X
launched a joint programme", "con cui collabora", "avec laquelle", "con la que", "mit dem"), alone or
joined by "and" to another relative on the partner. Invented companies (Orsela, Tavrin, Quell)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Orsela", "Tavrin", "Quell"]


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


def _partners(got, a, b):
    return [r for r in got if r[0] == "partners_with" and {r[1], r[2]} == {a, b}]


@pytest.mark.parametrize("lang,text", [
    ("en", "The sensors are tested at Tavrin, with which Orsela started a joint research programme last year."),
    ("it", "I sensori vengono collaudati da Tavrin, con cui Orsela ha avviato l'anno scorso un programma di ricerca congiunto."),
    ("fr", "Les capteurs sont testés chez Tavrin, avec laquelle Orsela a lancé l'an dernier un programme de recherche commun."),
    ("es", "Los sensores se prueban en Tavrin, con la que Orsela mantiene desde 2022 una alianza tecnológica."),
    ("de", "Die Sensoren testet Quell bei Tavrin, mit dem Orsela seit 2022 ein gemeinsames Forschungsprogramm betreibt."),
])
def test_the_subject_named_in_the_relative_partners_the_company_before_it(lang, text):
    got = _rels(text, lang)
    assert [r[3] for r in _partners(got, "Orsela", "Tavrin")] == ["active"], got


@pytest.mark.parametrize("lang,text", [
    # a word that only begins like a negation ("passé", "nettement", "notably", "nonostante", "nombre") negates nothing
    ("fr", "Les capteurs sont testés chez Tavrin, avec laquelle Orsela a passé une alliance technologique."),
    ("fr", "Les capteurs sont testés chez Tavrin, avec laquelle Orsela a nettement élargi son alliance technologique."),
    ("en", "The sensors are tested at Tavrin, with which Orsela notably started a joint research programme."),
    ("it", "I sensori vengono collaudati da Tavrin, con cui Orsela ha nonostante tutto avviato un programma di ricerca congiunto."),
    ("es", "Los sensores se prueban en Tavrin, con la que Orsela mantiene una alianza tecnológica de nombre Sigma."),
    ("de", "Die Sensoren testet Quell bei Tavrin, mit dem Orsela ein gemeinsames Forschungsprogramm für niedrige Kosten betreibt."),
])
def test_a_word_beginning_like_a_negation_keeps_the_partnership(lang, text):
    got = _rels(text, lang)
    assert [r[3] for r in _partners(got, "Orsela", "Tavrin")] == ["active"], got


@pytest.mark.parametrize("lang,text", [
    ("en", "Orsela has deepened its ties with Tavrin, in which it owns about 30% and with which it co-develops sodium cells."),
    ("it", "Orsela ha rafforzato i rapporti con Tavrin, di cui possiede circa il 30% e con cui sviluppa celle al sodio."),
    ("fr", "Orsela a renforcé ses liens avec Tavrin, dont elle détient environ 30 % et avec laquelle elle développe des cellules au sodium."),
    ("es", "Orsela ha estrechado sus lazos con Tavrin, de la que posee cerca del 30% y con la que desarrolla celdas de sodio."),
])
def test_a_relative_joined_by_and_keeps_the_partner_and_the_subject(lang, text):
    got = _rels(text, lang)
    assert ("invests_in", "Orsela", "Tavrin", "active") in got
    assert [r[3] for r in _partners(got, "Orsela", "Tavrin")] == ["active"], got


@pytest.mark.parametrize("lang,text", [
    ("en", "Orsela will test the sensors at Tavrin, with which it will cooperate on calibration from 2027."),
    ("it", "Orsela collauderà i sensori da Tavrin, con cui collaborerà sulla calibrazione dal 2027."),
])
def test_a_cooperation_to_come_is_announced(lang, text):
    got = _rels(text, lang)
    assert [r[3] for r in _partners(got, "Orsela", "Tavrin")] == ["announced"], got


def test_a_joint_venture_formed_in_the_relative_is_one():
    got = _rels("The cells come from Tavrin, with which Orsela formed a joint venture in 2021.", "en")
    assert any(r[0] == "joint_venture" and {r[1], r[2]} == {"Orsela", "Tavrin"} for r in got), got


@pytest.mark.parametrize("lang,text", [
    # a tie that is over, or never was
    ("en", "Orsela tests its sensors at Quell and at Tavrin, with which it never cooperated."),
    ("it", "Orsela collauda i sensori da Quell e da Tavrin, con cui non ha mai collaborato."),
    ("de", "Orsela testet bei Quell und bei Tavrin, mit dem der Konzern nie kooperiert hat."),
    ("fr", "Orsela teste ses capteurs chez Quell et chez Tavrin, avec laquelle elle a mis fin à sa collaboration."),
    # a supplier one works well with is a supplier
    ("it", "Orsela compra i sensori da Tavrin, con cui lavora molto bene."),
    ("es", "Orsela compra los sensores a Tavrin, con la que trabaja muy bien."),
    ("en", "Orsela buys its sensors from Tavrin, with which it works well."),
    # German "mit dem"/"mit der" before a noun is an article, not a relative
    ("de", "Orsela kauft Sensoren bei Tavrin, mit der Entwicklung neuer Zellen beschäftigt."),
    # no words of joint work in the relative
    ("es", "Orsela compite con Quell y con Tavrin, con la que se disputa el mercado."),
])
def test_the_module_gives_no_partnership(lang, text):
    from tierscope.relations.engine import compiled
    from tierscope.relations.partner_relatives import partner_relatives
    spans = sorted((text.index(n), text.index(n) + len(n), n) for n in NAMES if n in text)
    got = partner_relatives(compiled(lang), text, spans)
    assert not [f for f in got if {f.source, f.target} == {"Orsela", "Tavrin"}], got


def test_no_relative_no_partner_from_the_module():
    from tierscope.relations.engine import compiled
    from tierscope.relations.partner_relatives import partner_relatives
    text = "Tavrin, with which Orsela cooperates, opened a lab."
    spans = [(0, 6, "Tavrin"), (19, 25, "Orsela")]
    got = partner_relatives(compiled("en"), text, spans)
    assert [(f.type, f.source, f.target) for f in got] == [("partners_with", "Orsela", "Tavrin")]
    # the subject is the partner itself: nothing
    assert partner_relatives(compiled("en"), "Tavrin, with which it cooperates, opened a lab.", [(0, 6, "Tavrin")]) == []
