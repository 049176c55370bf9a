"""Plural unit nouns in German and Italian ("über seine Töchter A und B", "sulle sue controllate A e
B": the subject owns each), and a Spanish stake relative opened by "en" ("Y, en la que X mantiene un
20 %"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Brixo", "Kelda") if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("de", "Norvik greift über seine Töchter Brixo und Kelda auf Werke in Polen zurück."),
    ("de", "Norvik und seine beiden Töchter Brixo und Kelda bauen ein Werk in Ungarn."),
    ("it", "Norvik può contare sulle sue controllate Brixo e Kelda per gli impianti in Polonia."),
])
def test_plural_units_are_owned(lang, text):
    got = _pairs(text, lang)
    assert ("owns", "Norvik", "Brixo") in got and ("owns", "Norvik", "Kelda") in got


def test_de_daughters_without_owner_name_nothing():
    got = _pairs("Die Töchter Brixo und Kelda bauen ein Werk in Ungarn.", "de")
    assert not any(t == "owns" for t, _, _ in got)


@pytest.mark.parametrize("text,typ", [
    ("Brixo, en la que Norvik mantiene alrededor de un 20 % del capital, abrió una planta.", "invests_in"),
    ("Brixo, en el que Norvik tiene un 70 %, abrió una planta.", "owns"),
])
def test_es_en_la_que_stake(text, typ):
    assert (typ, "Norvik", "Brixo") in _pairs(text, "es")


def test_es_coordinated_relative_is_not_read():
    # "y en la que": the relative goes back to an earlier noun, not to the name right before it
    got = _pairs("Kelda, la sociedad que Brixo comparte con Norvik y en la que Norvik tiene un 10 %, crece.", "es")
    assert ("invests_in", "Norvik", "Brixo") not in got
