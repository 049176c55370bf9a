"""The company bought is not the buyer of the clause that tells how it was bought
(relations/participle_buyers.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brakon", "Quarda", "Selvio"]


def _deals(text, language):
    return {(r.type, r.source, r.target) for r in rels(text, NAMES, language=language) if r.type in ("acquires", "invests_in")}


@pytest.mark.parametrize("text, language", [
    ("Brakon took control of Quarda in 2025 after buying out Selvio, which had held it for ten years.", "en"),
    ("Brakon took control of Quarda after buying out Selvio.", "en"),
    ("Brakon ha preso il controllo di Quarda nel 2025 dopo aver rilevato la quota di Selvio, che la controllava dal 2015.", "it"),
    ("Brakon tomó el control de Quarda en 2025 tras comprar la participación de Selvio, que la controlaba desde 2015.", "es"),
    ("Brakon übernahm 2025 die Kontrolle über Quarda, nachdem es den Anteil von Selvio gekauft hatte, der Quarda seit 2015 kontrollierte.", "de"),
    ("Brakon a pris le contrôle de Quarda en 2025 après avoir racheté la part de Selvio, qui la détenait depuis 2015.", "fr"),
])
def test_the_company_bought_buys_nothing_from_the_seller(text, language):
    got = _deals(text, language)
    assert ("acquires", "Brakon", "Quarda") in got
    assert not {t for t in got if (t[1], t[2]) == ("Quarda", "Selvio")}


@pytest.mark.parametrize("text, language, tie", [
    ("Brakon acquired Quarda, which after buying Selvio in 2020 became the market leader.", "en", ("acquires", "Quarda", "Selvio")),
    ("Brakon ha rilevato Quarda, che detiene il 30% di Selvio.", "it", ("invests_in", "Quarda", "Selvio")),
])
def test_a_relative_of_the_company_bought_keeps_its_own_deals(text, language, tie):
    assert tie in _deals(text, language)
