"""Rumours a statement follows ("After weeks of speculation, X confirmed ...", "Après plusieurs semaines de
rumeurs", "Dopo settimane di indiscrezioni", "Tras semanas de rumores", "Nach wochenlangen Spekulationen")
are what the party's own word ends: its confirmed talks are in_talks, not rumoured (the lexicons'
"unhedge" cues). A report told after them stays a rumour. Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Brixo", "Kestrel", "Valmera"]


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Après plusieurs semaines de rumeurs, Brixo a confirmé mercredi être entré en négociations exclusives avec le "
           "fonds Kestrel en vue de la cession de Valmera, sa filiale spécialisée."),
    ("en", "After weeks of speculation, Brixo confirmed on Wednesday that it is in exclusive talks with Kestrel over a sale "
           "of its unit Valmera."),
    ("it", "Dopo settimane di indiscrezioni, Brixo ha confermato di essere in trattativa esclusiva con Kestrel per la "
           "cessione di Valmera."),
    ("es", "Tras semanas de rumores, Brixo confirmó que negocia en exclusiva con Kestrel la venta de su filial Valmera."),
    ("de", "Nach wochenlangen Spekulationen bestätigte Brixo Gespräche mit Kestrel über den Verkauf der Tochter Valmera."),
])
def test_talks_confirmed_after_rumours_are_in_talks(lang, text):
    assert _statuses(text, lang)[("acquires", "Kestrel", "Valmera")] == "in_talks"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Après plusieurs semaines de rumeurs, Les Echos affirme que Brixo négocierait avec Kestrel la cession de Valmera."),
    ("en", "After weeks of speculation, people familiar with the matter said Brixo was in talks with Kestrel over a sale of "
           "Valmera."),
])
def test_a_report_after_the_rumours_is_still_a_rumour(lang, text):
    assert _statuses(text, lang)[("acquires", "Kestrel", "Valmera")] == "rumoured"
