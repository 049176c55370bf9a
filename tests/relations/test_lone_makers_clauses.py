"""Two clauses of goods and their makers joined by a contrast ("The machines were supplied by X, while
electricity comes from Y", "tandis que", "mentre", "mientras que"): each maker supplies the story's company
(lone_makers._makers). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import story_supplies

_SECTORS = {"Maltrix": ["battery_cells"], "Grovell": ["machinery"], "Nordel": ["utility"], "Korvan": ["carmaker"]}


def _supplies(text, language):
    return story_supplies(text, language, _SECTORS)


@pytest.mark.parametrize("language, text", [
    ("en", "The coating machines were supplied by Grovell, while electricity comes from Nordel."),
    ("fr", "Les machines de revêtement ont été livrées par Grovell, tandis que l'électricité est fournie par Nordel."),
    ("it", "Le macchine sono state fornite da Grovell, mentre l'energia arriverà da Nordel."),
    ("es", "Las máquinas son suministradas por Grovell, mientras que la electricidad llega de Nordel."),
    # (French elides "que" before a vowel; Spanish may leave "que" out)
    ("fr", "Les fours de séchage ont été livrés par Grovell, tandis qu'en aval l'électricité est fournie par Nordel."),
    ("es", "Los hornos son suministrados por Grovell, mientras el gas llega de Nordel."),
])
def test_each_clause_maker_supplies_the_story_company(language, text):
    got = _supplies(text, language)
    assert ("Grovell", "Maltrix") in got and ("Nordel", "Maltrix") in got


def test_no_lone_maker_where_a_clause_tells_another_tie():
    # the second clause names its own customer: the sentence is not one of lone makers
    got = _supplies("The coating machines were supplied by Grovell, while Nordel sells power to Korvan.", "en")
    assert ("Grovell", "Maltrix") not in got
