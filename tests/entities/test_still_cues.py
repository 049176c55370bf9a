"""Known names that are also words (gazetteer flag ``?``) and unknown names are the company where the
subject cue reaches them past an adverb of duration, a relative clause in the past of making or
supplying, a holder's noun after a copula, or an English verb in -s before its object's determiner
(``entities/still_cues.py``). The sentences are invented; the known companies are real gazetteer
entries, the unknown ones made up."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # an adverb of duration between the subject and its verb
        ("en", "Vale still controls the nickel refinery near Sudbury.", ["Vale"]),
        ("it", "Exor tuttora controlla la quota di maggioranza.", ["Exor"]),
        ("es", "Lear todavía suministra los asientos a la planta de Pamplona.", ["Lear"]),
        ("fr", "Vale toujours détient la majorité de la mine.", ["Vale"]),
        # an English verb in -s right before its object's determiner
        ("en", "Linde supplies the hydrogen for the new furnace.", ["Linde"]),
        ("en", "Lear controls the seat plant outside Saltillo.", ["Lear"]),
        # a relative clause in the past of making or supplying
        ("it", "Il gruppo si affidava a Lear, che forniva i sedili della berlina.", ["Lear"]),
        ("fr", "Linde, qui fournissait l'azote liquide, a quitté le site.", ["Linde"]),
        ("en", "The plant relied on Quorvane, which still supplied the seat frames.", ["Quorvane"]),
        # a holder's noun after a copula, maybe past an adverb
        ("it", "Exor resta tuttora il primo azionista della casa.", ["Exor"]),
        ("fr", "Vale reste le premier actionnaire de la coentreprise.", ["Vale"]),
        ("en", "Amazon remains the largest shareholder of the startup.", ["Amazon"]),
        ("de", "Größter Aktionär ist weiterhin Amazon.", ["Amazon"]),
        ("es", "Lear es todavía el mayor accionista de la empresa conjunta.", ["Lear"]),
    ],
)
def test_cue_reaches_past_adverb_relative_and_holder(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Smart plans are on hold until the spring."),
        ("en", "Total sales rose by a tenth."),
        ("en", "Smart supplies are running low."),
        ("it", "Vale la pena ricordare che il mercato è ancora in calo."),
        ("en", "Maria Rossi remains the largest shareholder of the startup."),
    ],
)
def test_words_and_people_stay_what_they_are(language, text):
    assert companies(text, language) == []
