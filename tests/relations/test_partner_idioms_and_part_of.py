"""Everyday idioms of joining a partner ("joined hands with Y", "will team with Y", "is partnering Y
on ...", "A and B will co-develop", "fait équipe avec", "fa squadra con", "hace equipo con", "se une a Y
para fabricar") and a company that "has been part of" its owner since a date. Sentences written for
the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan"]
PW = ("partners_with", frozenset(CO))


def pairs(text, lang):
    return {(r.type, frozenset((r.source, r.target))) for r in rels(text, CO, language=lang)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix has joined hands with Tovan."),
    ("en", "Brelix will team with Tovan on software."),
    ("en", "Brelix is partnering Tovan on solid-state cells."),
    ("en", "Brelix and Tovan will co-develop a platform."),
    ("fr", "Brelix fait équipe avec Tovan pour les bornes."),
    ("it", "Brelix fa squadra con Tovan sulle batterie."),
    ("es", "Brelix hace equipo con Tovan en el reciclaje."),
    ("es", "Brelix se une a Tovan para fabricar baterías."),
])
def test_idioms_of_partnering(lang, text):
    assert PW in pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix's team with Tovan is small."),
    ("en", "The team with Tovan engineers met in Detroit, Brelix said."),
    ("es", "Brelix se une a la patronal para pedir ayudas a Tovan."),
])
def test_look_alikes_are_no_partnership(lang, text):
    assert PW not in pairs(text, lang)


@pytest.mark.parametrize("text", [
    "Tovan has been part of Brelix since 2021.",
    "Tovan has been part of the Brelix group for years.",
])
def test_has_been_part_of_its_owner(text):
    got = {(r.type, r.source, r.target) for r in rels(text, CO, language="en")}
    assert ("owns", "Brelix", "Tovan") in got


def test_has_been_part_of_talks_is_no_ownership():
    got = {(r.type, r.source, r.target) for r in rels("Tovan has been part of the talks with Brelix.", CO, language="en")}
    assert ("owns", "Brelix", "Tovan") not in got
