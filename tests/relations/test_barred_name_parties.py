"""A bar inside a company's name ("Repsol | Shell Recharge", entities/joined_names.py) parts no items of
a list: the guard that drops a pair read across a bar between teasers (guards._across_bullet) lets the
co-branded company's own deal stand, and still drops a pair whose bar stands between them. Sentences
written for the test."""

from __future__ import annotations

import pytest
from .helpers import rels

NAMES = ["Repsol | Shell Recharge", "Wallbox", "Ionity", "Alpitronic"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Repsol | Shell Recharge has ordered 500 fast chargers from Wallbox."),
        ("it", "Repsol | Shell Recharge ha ordinato a Wallbox 500 colonnine di ricarica rapida."),
        ("de", "Repsol | Shell Recharge hat bei Wallbox 500 Schnellladesäulen bestellt."),
        ("fr", "Repsol | Shell Recharge a commandé 500 bornes de recharge rapide à Wallbox."),
        ("es", "Repsol | Shell Recharge ha encargado a Wallbox 500 cargadores rápidos."),
    ],
)
def test_a_barred_name_keeps_its_supply(language, text):
    got = {(r.type, r.source, r.target) for r in rels(text, NAMES, language)}
    assert ("supplies", "Wallbox", "Repsol | Shell Recharge") in got


def test_a_bar_between_teasers_still_parts_them():
    text = "Ionity raises prices | Alpitronic supplies chargers to Wallbox"
    got = {(r.source, r.target) for r in rels(text, NAMES, "en")}
    assert ("Ionity", "Wallbox") not in got and ("Wallbox", "Ionity") not in got
