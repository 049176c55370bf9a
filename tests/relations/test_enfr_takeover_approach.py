"""An approach about a takeover ("X approached Y about a takeover", "X a approché Y en vue d'un rachat"):
X wants to buy Y, the deal in talks (or rumoured, or denied, as the sentence says) (round 5).
Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Ostero"]


def _t(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


@pytest.mark.parametrize("sentence,language,status", [
    ("Korvan had sounded out Maltrix about a possible takeover of the Canadian producer.", "en", "in_talks"),
    ("Korvan approached Maltrix, the Canadian producer, about a takeover.", "en", "in_talks"),
    ("Korvan approached Maltrix over a possible merger, people familiar with the matter said.", "en", "rumoured"),
    ("Korvan denied a report that it had approached Maltrix about a takeover.", "en", "denied"),
    ("Korvan a approché Maltrix en vue d'un rachat.", "fr", "in_talks"),
    ("Korvan a sondé Maltrix sur une éventuelle fusion.", "fr", "in_talks"),
    ("Selon le quotidien, Korvan aurait approché le bavarois Maltrix, autre spécialiste des faisceaux, en vue d'un rachat.", "fr", "rumoured"),
])
def test_approach_about_a_takeover(sentence, language, status):
    assert ("acquires", "Korvan", "Maltrix", status) in _t(sentence, language)


@pytest.mark.parametrize("sentence,language", [
    ("Korvan approached Maltrix about a supply deal.", "en"),
    ("Korvan approached Maltrix about a supply deal, and Ostero about a merger.", "en"),
    ("Korvan a approché Maltrix pour un contrat de fourniture.", "fr"),
    ("The approach to the Maltrix plant is slow, Korvan said.", "en"),
])
def test_other_approaches_buy_nothing(sentence, language):
    assert not any(t == "acquires" and d == "Maltrix" for t, _s, d, _st in _t(sentence, language))


# --- "X discute avec Y pour / de ...": talks named with the verb "discuter" -----------------------------

@pytest.mark.parametrize("sentence,rel", [
    ("Korvan discute avec Maltrix pour racheter Ostero.", ("acquires", "Korvan", "Ostero", "in_talks")),
    ("Korvan confirme discuter avec Maltrix d'une prise de participation.", ("invests_in", "Korvan", "Maltrix", "in_talks")),
    ("Korvan discutait avec Maltrix pour racheter Ostero.", ("acquires", "Korvan", "Ostero", "in_talks")),
])
def test_discuter_avec_names_talks(sentence, rel):
    assert rel in _t(sentence, "fr")


def test_discuter_avec_without_a_purpose_reads_nothing():
    assert _t("Korvan discute avec Maltrix, tandis qu'Ostero attend.", "fr") == []
