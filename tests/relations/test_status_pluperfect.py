"""A durative tie in the pluperfect ("hatte ... bezogen", "had controlled", "avait fourni", "aveva fornito",
"había suministrado") ran before the story's time: ended (lexicon key "ended_pluperfect"); an event in the
pluperfect ("had bought Y") keeps its result. A "since" told before a ';' is another statement's: deliveries
said to begin later after it make the tie announced. Invented companies and sentences (status18)."""

from __future__ import annotations

import pytest

from .helpers import rels


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix", "Brixo"], language=lang)}


PLUPERFECT = [
    ("de", "Maltrix hatte bei Korvan über Jahre Zellen für seine Busse bezogen, war aber mit der Qualität unzufrieden.",
     ("supplies", "Korvan", "Maltrix")),
    ("de", "Seitdem hatte Korvan den Zulieferer Maltrix allein kontrolliert.", ("owns", "Korvan", "Maltrix")),
    ("en", "Korvan had supplied battery cells to Maltrix until the plant closed.", ("supplies", "Korvan", "Maltrix")),
    ("fr", "Korvan avait fourni des cellules à Maltrix pour ses autobus.", ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan aveva fornito celle a Maltrix per i suoi autobus.", ("supplies", "Korvan", "Maltrix")),
    ("es", "Korvan había suministrado celdas a Maltrix para sus autobuses.", ("supplies", "Korvan", "Maltrix")),
]


@pytest.mark.parametrize("lang,text,key", PLUPERFECT)
def test_a_durative_tie_in_the_pluperfect_is_over(lang, text, key):
    got = _statuses(text, lang)
    assert got.get(key) == "ended", got


@pytest.mark.parametrize("lang,text,key", [
    ("de", "Korvan hatte Maltrix im Jahr 2021 übernommen.", ("acquires", "Korvan", "Maltrix")),
    ("en", "Korvan had bought Maltrix in 2021.", ("acquires", "Korvan", "Maltrix")),
    ("de", "Korvan beliefert Maltrix seit 2020 mit Zellen.", ("supplies", "Korvan", "Maltrix")),
    ("it", "Korvan fornisce celle a Maltrix.", ("supplies", "Korvan", "Maltrix")),
])
def test_an_event_in_the_pluperfect_or_a_present_tie_is_not_over(lang, text, key):
    got = _statuses(text, lang)
    assert got.get(key) not in ("ended", None), got


def test_a_since_before_a_semicolon_is_another_statements():
    text = ("Maltrix hält bereits seit 2022 einen Anteil an Korvan und hat sich Lithium gesichert; die Lieferungen "
            "an Maltrix sollen 2028 beginnen.")
    got = _statuses(text, "de")
    assert got.get(("supplies", "Korvan", "Maltrix")) == "announced", got


