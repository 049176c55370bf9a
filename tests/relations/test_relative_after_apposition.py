"""A stake told in a relative clause whose antecedent is a company described first: the company inside the
relative holds the one before the description, never the other way round ("Y, un fabricant de batteries
dont X est actionnaire", "Y, das Start-up, an dem X beteiligt ist")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Dravik", "Ostrel"], language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Dravik, un petit fabricant de modules dont Ostrel est actionnaire, recrute 200 ingénieurs."),
    ("fr", "Dravik, une jeune pousse de la chimie dont Ostrel détient 15 %, a ouvert un laboratoire."),
    ("it", "Dravik, un piccolo produttore di moduli, di cui Ostrel è azionista, assume 200 ingegneri."),
    ("es", "Dravik, un pequeño fabricante de módulos, del que Ostrel es accionista, contratará a 200 ingenieros."),
    ("de", "Dravik, ein kleiner Modulhersteller, an dem Ostrel beteiligt ist, stellt 200 Ingenieure ein."),
    ("de", "Dravik, die Chemiefirma aus Graz, an der Ostrel 15 Prozent hält, eröffnet ein Labor."),
    ("en", "Dravik, a small module maker, in which Ostrel holds a stake, is hiring 200 engineers."),
])
def test_holder_inside_the_relative_after_a_description(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Ostrel", "Dravik") in got
    assert not any(s == "Dravik" and t == "Ostrel" for _typ, s, t in got)


@pytest.mark.parametrize("language,text", [
    # a preposition with an article before a name and no comma: the article is the name's, the stake is read
    ("de", "Ostrel ist seit Jahren an der Dravik beteiligt."),
    # "de" right before the name still governs it
    ("fr", "Ostrel est depuis 2021 actionnaire de Dravik."),
    ("en", "Ostrel holds a stake in Dravik, a small module maker."),
])
def test_other_readings_stay(language, text):
    got = _rels(text, language)
    assert ("invests_in", "Ostrel", "Dravik") in got
