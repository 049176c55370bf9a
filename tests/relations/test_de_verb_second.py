"""German verb second after a fronted phrase (invented sentences; relations/de_verb_second.py): in
"Nach Informationen aus Branchenkreisen führt X Gespräche mit Y" the "aus" governs the fronted noun,
the name after the finite verb is the clause's subject. A participle adjective after a place ("aus
Polen stammende Y") or a noun right before the name keeps the preposition. (The construction is
German only: the other four languages do not put the finite verb between a fronted phrase's noun and
the subject.)"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.groups import assign_markers, build_groups

from .helpers import make_doc

_NAMES = ("Talvora", "Brisken", "Quellmar")
_SECTORS = {"Brisken": ["investor"]}


def _rels(text):
    names = [n for n in _NAMES if n in text]
    doc = RelationExtractor()(make_doc(text, names, language="de", sectors=_SECTORS))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("text, want", [
    ("Nach Angaben aus Unternehmenskreisen führt Talvora Gespräche mit dem Fonds Brisken über eine Beteiligung.",
     ("invests_in", "Brisken", "Talvora")),
    ("Wie aus Bankenkreisen verlautet, sucht Talvora einen Partner; nach Informationen aus Finanzkreisen prüft Brisken "
     "einen Einstieg bei Talvora.", ("invests_in", "Brisken", "Talvora")),
    ("Mit Kathoden aus Finnland beliefert Talvora künftig Quellmar.", ("supplies", "Talvora", "Quellmar")),
    ("Aus dem Werk in Sachsen beliefert Talvora seit März auch Quellmar mit Zellen.",
     ("supplies", "Talvora", "Quellmar")),
])
def test_name_after_the_finite_verb_is_the_subject(text, want):
    assert want in {r[:3] for r in _rels(text)}


def _markers(text):
    doc = make_doc(text, [n for n in _NAMES if n in text], language="de")
    lex = compiled("de")
    spans = [(m.start, m.end, m.canonical, []) for m in doc.mentions]
    groups = build_groups(text, spans, lex)
    assign_markers(text, groups, lex, [])
    return {g.names[0]: g.marker for g in groups}


@pytest.mark.parametrize("text, name, marker", [
    ("Nach Informationen aus Finanzkreisen führt Talvora Gespräche.", "Talvora", None),
    ("Im Streit mit Zulieferern übernahm Talvora die Fertigung selbst.", "Talvora", None),
    # a noun right before the name, or an adjective in -en: the preposition governs the name
    ("Die Zellen kommen aus dem Werk des Herstellers Talvora.", "Talvora", "des"),
    ("Die Teile gehen an den aus Polen stammenden Talvora.", "Talvora", "aus"),
    ("Die Bleche kommen vom Zulieferer Talvora.", "Talvora", "vom"),
])
def test_marker_of_the_name(text, name, marker):
    assert _markers(text)[name] == marker
