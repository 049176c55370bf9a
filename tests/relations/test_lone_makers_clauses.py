"""Two clauses of goods and their makers joined by a contrast ("The machines were supplied by X, while
electricity comes from Y", "tandis que", "mentre", "mientras que"): each maker supplies the story's company
(lone_makers._makers). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_SECTORS = {"Maltrix": ["battery_cells"], "Grovell": ["machinery"], "Nordel": ["utility"], "Korvan": ["carmaker"]}
_LEAD = {
    "en": "Maltrix is building a cell plant in Tarnów. Maltrix expects output in 2027. Maltrix has 400 staff. ",
    "fr": "Maltrix construit une usine de cellules à Tarnów. Maltrix prévoit la production en 2027. Maltrix compte 400 salariés. ",
    "it": "Maltrix costruisce una fabbrica di celle a Tarnów. Maltrix prevede la produzione nel 2027. Maltrix ha 400 addetti. ",
    "es": "Maltrix construye una fábrica de celdas en Tarnów. Maltrix prevé producir en 2027. Maltrix tiene 400 empleados. ",
}


def _supplies(text, language):
    got = rels(_LEAD[language] + text, list(_SECTORS), language=language, sectors=_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


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
