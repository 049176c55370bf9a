"""German verb second with the object fronted, its case shown by the article: "Dem Konzern liefert Y
Zellen", "Den Zulieferer übernimmt Y" - the subject follows the verb, the fronted dative or accusative
is the object (invented sentences)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, coref=None):
    names = [n for n in ("Norvik", "Corvalis") if n in text]
    doc = RelationExtractor()(make_doc(text, names, language="de", coref=coref))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text,coref,expected", [
    ("Norvik hat seine Zahlen vorgelegt. Dem Konzern liefert Corvalis seit 2020 Zellen.", {"Dem Konzern": "Norvik"},
     ("supplies", "Corvalis", "Norvik")),
    ("Norvik hat seine Zahlen vorgelegt. Den Zulieferer übernimmt nun Corvalis.", {"Den Zulieferer": "Norvik"},
     ("acquires", "Corvalis", "Norvik")),
    ("Den Zulieferer Norvik übernimmt nun Corvalis.", None, ("acquires", "Corvalis", "Norvik")),
    ("Dem Hersteller Norvik liefert Corvalis ab 2027 Kabelbäume.", None, ("supplies", "Corvalis", "Norvik")),
])
def test_fronted_dative_or_accusative_is_the_object(text, coref, expected):
    rels = _rels(text, coref)
    assert expected in rels
    assert (expected[0], expected[2], expected[1]) not in rels


@pytest.mark.parametrize("text,expected", [
    # a nominative subject first: nothing moves
    ("Der Zulieferer Norvik liefert seit 2020 Zellen an Corvalis.", ("supplies", "Norvik", "Corvalis")),
    # an article opening a phrase of its own ("Dem Bericht zufolge"): the subject after the verb as before
    ("Dem Bericht zufolge liefert Norvik ab 2027 Zellen an Corvalis.", ("supplies", "Norvik", "Corvalis")),
])
def test_other_openings_unchanged(text, expected):
    assert expected in _rels(text)


def test_preposition_before_the_article_is_not_an_object():
    # "Von dem Zulieferer Norvik": the preposition marks the supplier, never a fronted object of "bezieht"
    assert ("supplies", "Corvalis", "Norvik") not in _rels("Von dem Zulieferer Norvik bezieht Corvalis seit 2020 Zellen.")
