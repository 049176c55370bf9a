"""Partnerships the frames missed for want of a word: making goods together with a partner with a time
between the verb and its "with" ("X fabrica desde 2024 junto a Y", "X fertigt seit dem vergangenen
Jahr gemeinsam mit Y"), Italian "insieme alla"/"assieme al" as "with", working together "desde hace
años" or in a region of two words ("in Nord America"), and a day or month after "am"/"on" that governs
the date, not the pair after it ("Am Montag unterzeichneten X und Y ..."), on made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _partners(sentence, language):
    return {frozenset((s, d)) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))
            if t in ("partners_with", "joint_venture")}


_PAIR = frozenset(("Korvan", "Maltrix"))


@pytest.mark.parametrize("sentence, language", [
    ("Korvan produce dal 2023 insieme alla svedese Maltrix i moduli per gli autobus.", "it"),
    ("Korvan assembla già insieme al gruppo Maltrix i furgoni elettrici.", "it"),
    ("Korvan fabrique depuis 2023 avec le suédois Maltrix des modules pour autobus.", "fr"),
    ("Korvan ensambla desde hace dos años junto a la sueca Maltrix los módulos de los autobuses.", "es"),
    ("Korvan montiert seit dem letzten Jahr gemeinsam mit dem finnischen Zulieferer Maltrix Akkupacks für Stadtbusse.", "de"),
    ("Korvan produziert bereits zusammen mit Maltrix Module für Busse.", "de"),
    ("Korvan has built modules since 2023 together with Maltrix for city buses.", "en"),
])
def test_making_together_with_a_partner(sentence, language):
    assert _PAIR in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan colabora desde hace años con la sueca Maltrix en software de carga.", "es"),
    ("Korvan colabora en América Latina con Maltrix en software de carga.", "es"),
    ("Korvan collabora in Nord America con Maltrix sul software di ricarica.", "it"),
])
def test_working_together_across_a_longer_adverbial(sentence, language):
    assert _PAIR in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Am Montag unterzeichneten Korvan und Maltrix eine Kooperationsvereinbarung.", "de"),
    ("Am 3. März gründeten Korvan und Maltrix ein Gemeinschaftsunternehmen.", "de"),
    ("Am Freitag vereinbarten Korvan und Maltrix eine Partnerschaft für Ladesoftware.", "de"),
])
def test_a_day_after_am_does_not_mark_the_pair(sentence, language):
    assert _PAIR in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    # goods made with another company's parts: no partner ("avec des cellules de Y")
    ("Korvan fabrique depuis 2023 ses autobus avec des cellules de Maltrix.", "fr"),
    ("Korvan fabrique depuis 2023 avec des cellules de Maltrix.", "fr"),
    # a date before a pair of rivals' share prices: no tie
    ("Am Montag verloren Korvan und Maltrix an der Börse jeweils zwei Prozent.", "de"),
])
def test_no_partnership(sentence, language):
    assert _PAIR not in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan said it had cooperated fully with Maltrix and that the fault was limited to one batch.", "en"),
    ("Korvan ha dichiarato di aver collaborato pienamente con Maltrix sul richiamo.", "it"),
    ("Korvan a indiqué avoir coopéré pleinement avec Maltrix lors du rappel.", "fr"),
    ("Korvan afirmó que ha cooperado plenamente con Maltrix durante la revisión.", "es"),
    ("Korvan erklärte, man habe vollumfänglich mit Maltrix kooperiert.", "de"),
])
def test_full_cooperation_in_a_recall_is_no_partnership(sentence, language):
    assert _PAIR not in _partners(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan has cooperated closely with Maltrix since 2020.", "en"),
    ("Korvan kooperiert seit 2020 mit Maltrix.", "de"),
])
def test_close_cooperation_stays_a_partnership(sentence, language):
    assert _PAIR in _partners(sentence, language)
