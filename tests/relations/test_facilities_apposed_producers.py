"""A production verb whose subject opens the sentence before an aside set off by commas ("Kornex,
the cell maker set up by Brelix, Vexa and Torlan, is producing at Ashby", "Das Gemeinschaftsunternehmen
Kornex, an dem Brelix und Vexa zu gleichen Teilen beteiligt sind, produziert in Ashby") states that
company's plant, not one of the companies the aside names nearer the verb."""

from __future__ import annotations

import pytest

from .helpers import facs

_NAMES = ["Kornex", "Brelix", "Vexa", "Torlan"]

_STORIES = {
    "en": "Kornex, the cell maker set up by Brelix, Vexa and Torlan, is producing at Ashby in the north, and output is climbing.",
    "de": "Das Gemeinschaftsunternehmen Kornex, an dem Brelix und Vexa zu gleichen Teilen beteiligt sind, produziert seit März in Ashby Zellen.",
    "fr": "Kornex, la coentreprise fondée par Brelix, Vexa et Torlan, produit depuis mai à Ashby des cellules.",
    "it": "Kornex, la società creata da Brelix, Vexa e Torlan, produce da maggio a Ashby celle per auto.",
    "es": "Kornex, la empresa creada por Brelix, Vexa y Torlan, produce desde mayo en Ashby celdas para coches.",
}


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_the_company_before_the_aside_runs_the_plant(lang):
    fs = facs(_STORIES[lang], _NAMES, lang, places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Ashby")]


def test_a_list_of_companies_is_no_aside():
    # (the verb's nearest company is its subject in a list: no aside is read past it)
    text = "Kornex, Brelix and Vexa said on Monday that Torlan, which they supply, is producing at Ashby."
    fs = facs(text, _NAMES, "en", places=["Ashby"])
    assert ("Kornex", "Ashby") not in [(f.owner, f.location) for f in fs]


def test_not_past_a_comma_before_the_first_company():
    text = "In a statement, Kornex, the cell maker set up by Brelix, Vexa and Torlan, is producing at Ashby."
    fs = facs(text, _NAMES, "en", places=["Ashby"])
    assert ("Kornex", "Ashby") not in [(f.owner, f.location) for f in fs]
