"""A partner fronted with its preposition: German puts the verb second and its subject after it
("Mit Y kooperiert X seit 2024", "Mit Y arbeitet der Konzern X zusammen"); Italian, Spanish and French
may let a description of the subject follow the fronted partner with no comma ("Con Y il gruppo X ha
avviato una collaborazione", "Avec Y le groupe X a noué un partenariat"). Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro")


def _pairs(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) for r in doc.relations if r.type in ("partners_with", "joint_venture")}


@pytest.mark.parametrize("text", [
    "Mit dem kalifornischen Spezialisten Corvalis kooperiert Norvik seit 2024.",
    "Mit Corvalis kooperiert der Konzern Norvik bereits bei der Software.",
    "Mit Corvalis arbeitet Norvik seit dem Frühjahr zusammen.",
])
def test_de_fronted_mit_verb_second(text):
    assert _pairs(text, "de") == {("partners_with", "Corvalis", "Norvik")}


@pytest.mark.parametrize("lang,text", [
    ("it", "Con Corvalis il gruppo Norvik ha in corso dal 2025 una collaborazione per sviluppare i motori."),
    ("es", "Con Corvalis el grupo Norvik mantiene una alianza desde 2020."),
    ("fr", "Avec Corvalis le groupe Norvik a noué un partenariat sur la recharge."),
])
def test_romance_fronted_partner_without_comma(lang, text):
    assert _pairs(text, lang) == {("partners_with", "Corvalis", "Norvik")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Bei Corvalis kooperiert Norvik mit Tessaro."),  # "bei" is no partner
    ("it", "Con la cessione di Corvalis il gruppo Norvik ha avviato una collaborazione con Tessaro."),
])
def test_a_fronted_phrase_that_is_no_partner(lang, text):
    assert _pairs(text, lang) == {("partners_with", "Norvik", "Tessaro")}
