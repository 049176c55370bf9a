"""A planned plant named as a project with its town ("Le projet Vemar, à Ashby, doit produire 34 000
tonnes", "El proyecto de Kornex en Ashby", "il progetto di Ashby", "the Kornex project in Ashby", "das
Projekt in Ashby") is the story's plant there; not a project with no town attached, nor one in a story
that tells of no plant and no making."""

from __future__ import annotations

import pytest

from .helpers import facs

_STORIES = {
    "fr": "Kornex veut produire de l'hydroxyde de lithium en France. Le projet Vemar, à Ashby, doit produire à terme 34 000 tonnes par an.",
    "es": "Kornex quiere levantar una fábrica de baterías en España. El proyecto de Kornex en Ashby sigue en el limbo.",
    "it": "Kornex ha congelato il suo stabilimento di celle in Germania. Anche il progetto di Ashby resta sospeso, ha detto l'azienda.",
    "en": "Kornex has been refining lithium in Chile since 2019. The Kornex project in Ashby is expected to produce its first lithium in 2028.",
    "de": "Kornex baut in Chile ein Werk für Lithium. Das Projekt in Ashby soll ab 2028 Lithium produzieren.",
}


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_a_project_with_its_town_is_the_plant(lang):
    fs = facs(_STORIES[lang], ["Kornex"], lang, places=["Ashby", "France", "España", "Germania", "Chile"])
    assert ("Kornex", "Ashby") in [(f.owner, f.location) for f in fs]


def test_not_a_project_in_a_story_of_no_plant():
    text = "Kornex has sold its stake in Brelix. The project in Ashby will be reviewed by the council next year."
    fs = facs(text, ["Kornex", "Brelix"], "en", places=["Ashby"])
    assert fs == []


def test_not_a_project_without_a_town_attached():
    text = "Kornex builds a cell plant in Chile. The project will cost far more than the takeover of Brelix in Ashby."
    fs = facs(text, ["Kornex", "Brelix"], "en", places=["Ashby", "Chile"])
    assert "Ashby" not in [f.location for f in fs]


def test_not_a_town_of_a_clause_after_the_project():
    text = ("Kornex builds a cell plant in Chile. The mayor praised the project, though people living "
            "in Ashby fear the extra traffic.")
    fs = facs(text, ["Kornex"], "en", places=["Ashby", "Chile"])
    assert "Ashby" not in [f.location for f in fs]
