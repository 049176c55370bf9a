"""A tie the page tells as running now ("already supplies", "seit 2021", "desde hace años") outweighs the
same tie told as a new deal or as over. Invented companies and sentences, in the five languages."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.running_ties import running_ties_first, told_running


def _rel(status: str, text: str, confidence: float) -> Relation:
    return Relation(type="supplies", source="Korvan", target="Maltrix", status=status,
                    evidence=Evidence(text=text, start=0, end=len(text)), product=None,
                    confidence=confidence, component="test")


def _surest(rels: list[Relation]) -> str:
    return max(rels, key=lambda r: r.confidence).status


_RUNNING = [
    ("en", "Korvan already supplies pump housings to Maltrix from its plant in Leeds."),
    ("de", "Korvan liefert bereits seit 2021 Pumpengehäuse an Maltrix."),
    ("fr", "Korvan fournit déjà des carters de pompe à Maltrix depuis son usine de Lille."),
    ("it", "Korvan fornisce già carter per pompe a Maltrix dallo stabilimento di Bergamo."),
    ("es", "Korvan ya suministra carcasas de bombas a Maltrix desde su planta de Vigo."),
]


@pytest.mark.parametrize("language,text", _RUNNING)
def test_a_running_tie_outweighs_a_new_deal_of_the_pair(language, text):
    rels = [_rel("announced", "Korvan signs a new pump deal with Maltrix", 0.8), _rel("active", text, 0.6)]
    assert running_ties_first(rels, language) is rels
    assert _surest(rels) == "active"


def test_a_running_tie_outweighs_an_end_told_before():
    rels = [_rel("ended", "Korvan walked away from its bid after Maltrix's owner sold out.", 0.7),
            _rel("active", "Korvan remains Maltrix's main supplier.", 0.65)]
    assert _surest(running_ties_first(rels, "en")) == "active"


def test_an_active_sentence_with_no_running_word_leaves_the_surest():
    rels = [_rel("announced", "Korvan signs a new pump deal with Maltrix", 0.8),
            _rel("active", "Korvan supplies pump housings to Maltrix.", 0.6)]
    assert _surest(running_ties_first(rels, "en")) == "announced"


@pytest.mark.parametrize("language,text", [
    ("en", "Maltrix said it would continue to source pumps from Korvan in future models."),  # a modal, not now
    ("fr", "Korvan a gagné ce marché depuis qu'il a racheté l'usine de Maltrix."),  # "since" opening a clause
    ("es", "Korvan suministrará bombas a Maltrix a partir de 2027."),
])
def test_no_running_word(language, text):
    assert not told_running(language, text)
