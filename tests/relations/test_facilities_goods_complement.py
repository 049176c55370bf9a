"""Plants: a product complement between the plant noun and its town ("lo stabilimento di pistoni di
X", "la fábrica de turismos de X", "l'usine de moteurs électriques de X", "a plant for battery packs
in X") still leaves the town attached to the noun, so a country or region named later in the sentence
does not take its place; a town whose name opens with an article ("La Spezia", "Le Creusot") is a
town when the place lists know it; a continent is no plant's place. German names the product inside
the noun ("das Kolbenwerk in X"), so it has no complement to skip.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


# (the region or country after the town is a PLACE mention, as the entity stage makes it)
@pytest.mark.parametrize("lang,text,town", [
    ("it", "Velora amplierà lo stabilimento di pistoni di Valbruna, in Piemonte.", "Valbruna"),
    ("it", "Velora aprirà uno stabilimento di componenti per auto di Valbruna, in Lombardia.", "Valbruna"),
    ("es", "Velora construirá su fábrica de turismos de Villabrava, en el oeste de Turquía.", "Villabrava"),
    ("es", "Velora ampliará la planta de celdas de litio de Villabrava, en Aragón.", "Villabrava"),
    ("fr", "Velora agrandit son usine de moteurs électriques de Villebrave, en France.", "Villebrave"),
    ("fr", "Velora fermera l'usine d'essieux de Villebrave, en Belgique.", "Villebrave"),
    ("en", "Velora will build a plant for battery packs in Kestrup, Denmark.", "Kestrup"),
])
def test_town_after_a_product_complement(lang, text, town):
    areas = ["Piemonte", "Lombardia", "Turquía", "Aragón", "France", "Belgique", "Denmark"]
    fs = facs(text, ["Velora"], lang, places=[a for a in areas if a in text])
    assert [(f.owner, f.location) for f in fs] == [("Velora", town)]


@pytest.mark.parametrize("lang,text,town", [
    ("it", "Velora chiuderà lo stabilimento di La Spezia entro il 2027.", "La Spezia"),
    ("es", "Velora cerrará su planta de Los Arcos el próximo año.", "Los Arcos"),
])
def test_town_opening_with_an_article(lang, text, town):
    fs = facs(text, ["Velora"], lang)
    assert [f.location for f in fs] == [town]


def test_a_newspaper_opening_with_an_article_is_no_town():
    fs = facs("Velora amplierà lo stabilimento di La Gazzetta entro il 2027.", ["Velora"], "it")
    assert [(f.owner, f.location) for f in fs] == [("Velora", None)]


def test_a_continent_after_the_complement_is_no_place():
    fs = facs("Velora construit la première usine de batteries d'Afrique.", ["Velora"], "fr")
    assert fs and all(f.location != "Afrique" for f in fs)
