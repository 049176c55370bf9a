"""Known names that need context (gazetteer flag ``?``: also words, places or first names) are the
company where a positional cue of ``names`` stands by them: a business verb after them, an
apposition, a supply or deal word before them. The sentences are invented; the companies are real
gazetteer entries."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> list[str]:
    return [m.canonical for m in run(text, language).mentions if m.label == "COMPANY" and m.source != "coref"]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # an apposition without an article: "X, filiale de Y,"
        ("fr", "Saft, filiale de TotalEnergies, fournira des batteries.", ["Saft", "TotalEnergies"]),
        ("it", "Saft, controllata di TotalEnergies, fornirà le batterie.", ["Saft", "TotalEnergies"]),
        ("es", "Saft, filial de TotalEnergies, suministrará las baterías.", ["Saft", "TotalEnergies"]),
        # an English subject before a business verb, and the recipient of a delivery
        ("en", "Amazon will buy 100,000 vans from Rivian.", ["Amazon", "Rivian"]),
        ("en", "Rivian delivers vans to Amazon.", ["Rivian", "Amazon"]),
        # a company that is also a first name, before a business verb
        ("it", "Leonardo ha firmato un accordo con Rheinmetall.", ["Leonardo", "Rheinmetall"]),
        ("en", "Lincoln said the plan would cut costs.", ["Lincoln"]),
    ],
)
def test_cue_vouches_for_ambiguous_known_name(language, text, expected):
    assert companies(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Smart grids will need more storage."),
        ("en", "Total production will rise next year."),
        ("en", "Leonardo DiCaprio said he invests in startups."),
        ("it", "Leonardo Maria Del Vecchio ha comprato una quota."),
        ("it", "Leonardo da Vinci dipinse la Gioconda."),
        ("en", "King Lear opens at the theatre."),
        ("it", "Vale la pena ricordare che il mercato è in calo."),
    ],
)
def test_words_and_people_stay_what_they_are(language, text):
    assert companies(text, language) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the German genitive of a two-letter name: "VWs", "GMs", "ZFs"
        ("VWs Zulieferer Korvent baut ein Werk.", ["Volkswagen", "Korvent"]),
        ("Die Zellen gehen in GMs Elektroautos.", ["General Motors"]),
        ("ZFs Getriebe gehen an BMW.", ["ZF", "BMW"]),
    ],
)
def test_german_genitive_of_an_acronym(text, expected):
    assert companies(text, "de") == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # an acronym the gazetteer holds in capitals only ("=YASA", "=VHIT"), written as a word, with a cue
        ("it", "Mercedes monta i motori di Yasa, la società britannica che ha acquistato.", ["Mercedes-Benz", "YASA"]),
        ("it", "Bosch ha venduto Vhit a Sanhua.", ["Bosch", "Bosch VHIT", "Sanhua"]),
        ("es", "Bosch vendió Vhit a un grupo chino.", ["Bosch", "Bosch VHIT"]),
        # a word that is such an acronym and a common word stays a word
        ("en", "Still said the forklift market is weak.", []),
    ],
)
def test_acronym_written_as_a_word(language, text, expected):
    assert companies(text, language) == expected
