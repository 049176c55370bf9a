"""Working together told with a time or place between the verb and its "with" ("lavora da due anni con
Y", "travaille depuis le début avec Y", "colabora desde 2023 con Y", "is working in Europe with Y"), and
the German separable verb round its subject and partner ("Dafür arbeitet X mit Y zusammen"), on
made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _partners(sentence, language):
    return {(frozenset((s, d)), st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))
            if t == "partners_with"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan is working in Europe with Maltrix on charging software.", "en"),
    ("Korvan has cooperated since 2022 with Maltrix on recycling.", "en"),
    ("Korvan lavora da tre anni con Maltrix sui sensori.", "it"),
    ("Korvan collabora dal 2022 con Maltrix sui freni.", "it"),
    ("Korvan travaille depuis le début avec Maltrix sur les onduleurs.", "fr"),
    ("Korvan coopère depuis 2022 avec Maltrix.", "fr"),
    ("Korvan colabora desde 2023 con la estadounidense Maltrix en celdas.", "es"),
    ("Für die Software arbeitet Korvan mit Maltrix zusammen.", "de"),
])
def test_working_together_across_an_adverbial(sentence, language):
    assert (frozenset(("Korvan", "Maltrix")), "active") in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan will work in Europe with Maltrix from 2027.", "en"),
    ("Künftig arbeitet Korvan mit Maltrix zusammen.", "de"),
])
def test_future_work_is_announced(sentence, language):
    assert (frozenset(("Korvan", "Maltrix")), "announced") in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan works in Europe with cells bought from Maltrix.", "en"),
    ("Korvan lavora da due anni con le celle di Maltrix.", "it"),
])
def test_no_partner_after_with(sentence, language):
    assert not _partners(sentence, language)
