"""A unit whose apposition names its parent only by a description ("filiale du groupe suédois", "también
filial del consorcio alemán") is owned by the parent the gazetteer gives it, where the story names that
parent (relations/unit_described_parents.py). Invented names and sentences; the parents come from a
stand-in for the gazetteer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tierscope.relations import unit_described_parents

from .helpers import rels

PARENTS = {"Kestrel Iberia": "Brelling", "Kestrel Trucks": "Brelling"}
NAMES = ["Kestrel Iberia", "Kestrel Trucks", "Brelling", "Norvik", "Selvio"]


@pytest.fixture
def stand_in(monkeypatch):
    real = unit_described_parents.gazetteer()

    def entry(name):
        if name in PARENTS:
            return SimpleNamespace(parent=PARENTS[name])
        return real.entry(name)

    monkeypatch.setattr(unit_described_parents, "gazetteer", lambda: SimpleNamespace(entry=entry))


def _owns(text, language):
    return {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "owns"}


@pytest.mark.parametrize("text, language", [
    ("Brelling presentó ayer su plan. El primer cliente será Kestrel Iberia, también filial del consorcio alemán, "
     "que ensamblará los coches en Martorell.", "es"),
    ("Brelling a présenté son plan. Kestrel Trucks, la filiale lyonnaise du groupe suédois, achètera des cellules "
     "à Selvio.", "fr"),
    ("Brelling ha presentato il piano. Kestrel Iberia, la controllata del gruppo tedesco, comprerà celle da Selvio.",
     "it"),
    ("Brelling presented its plan. Kestrel Trucks, a unit of the Swedish group, will buy cells from Selvio.", "en"),
    ("Brelling stellte seinen Plan vor. Kestrel Trucks, eine Tochter des Konzerns, kauft Zellen bei Selvio.", "de"),
])
def test_the_described_parent_is_the_gazetteer_parent_the_story_names(stand_in, text, language):
    assert ("Brelling", _unit(text)) in _owns(text, language)


def _unit(text):
    return "Kestrel Iberia" if "Kestrel Iberia" in text else "Kestrel Trucks"


def test_no_tie_where_the_story_does_not_name_the_parent(stand_in):
    text = "Kestrel Trucks, la filiale lyonnaise du groupe suédois, achètera des cellules à Selvio."
    assert not {x for x in _owns(text, "fr") if x[1] == "Kestrel Trucks"}


def test_no_tie_where_the_gazetteer_gives_no_parent(stand_in):
    text = "Selvio, la filiale lyonnaise du groupe suédois, achètera des cellules à Norvik."
    assert ("Norvik", "Selvio") not in _owns(text, "fr")
