"""A partnership told by a verb of working together in the present runs now (relations/present_ties.py);
the future, an infinitive or a partnership's noun tell a deal still to come or the news of one.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

PRESENT = [
    ("en", "Korvan works with Maltrix on sodium-ion cells for delivery vans."),
    ("fr", "Korvan travaille avec Maltrix sur des cellules sodium-ion pour les utilitaires."),
    ("it", "Korvan collabora con Maltrix su celle al sodio per i furgoni."),
    ("es", "Korvan trabaja con Maltrix en celdas de sodio para furgonetas."),
    ("de", "Korvan kooperiert mit Maltrix bei Natrium-Ionen-Zellen für Lieferwagen."),
]
FUTURE = [
    ("en", "Korvan will work with Maltrix on sodium-ion cells for delivery vans."),
    ("it", "Korvan collaborerà con Maltrix su celle al sodio per i furgoni."),
    ("es", "Korvan trabajará con Maltrix en celdas de sodio para furgonetas."),
]


def _status(lang, text):
    got = {(r.type, r.source, r.target): r.status for r in rels(text, ["Korvan", "Maltrix"], language=lang)}
    return got.get(("partners_with", "Korvan", "Maltrix"))


@pytest.mark.parametrize("lang,text", PRESENT)
def test_working_together_now_is_active(lang, text):
    assert _status(lang, text) == "active"


@pytest.mark.parametrize("lang,text", FUTURE)
def test_working_together_later_is_announced(lang, text):
    assert _status(lang, text) == "announced"
