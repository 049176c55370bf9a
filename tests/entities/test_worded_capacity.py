"""Energy amounts written in words before their unit are CAPACITY mentions, in all five languages;
a hyphenated compound is left unread rather than read as its last word."""

from __future__ import annotations

import pytest

from entity_helpers import first, run


@pytest.mark.parametrize(
    "language,text,surface,value,unit",
    [
        ("de", "Die Halle bei Wittlage soll sieben Gigawattstunden im Jahr liefern.", "sieben Gigawattstunden", 7, "GWh"),
        ("de", "Geplant ist zunächst eine Linie mit einer Gigawattstunde.", "einer Gigawattstunde", 1, "GWh"),
        ("it", "Il nuovo sito di Orvelli arriverà a nove gigawattora.", "nove gigawattora", 9, "GWh"),
        ("fr", "La ligne de Saint-Omerac atteindra douze gigawattheures par an.", "douze gigawattheures", 12, "GWh"),
        ("es", "La nave de Valdeluna tendrá cuatro gigavatios hora de capacidad.", "cuatro gigavatios hora", 4, "GWh"),
        ("en", "The Harlow Creek site will reach thirty gigawatt-hours by 2031.", "thirty gigawatt-hours", 30, "GWh"),
        ("en", "A solar park of six megawatts powers the site.", "six megawatts", 6, "MW"),
    ],
)
def test_energy_in_words(language, text, surface, value, unit):
    m = first(run(text, language), "CAPACITY", surface)
    assert m.attrs["value"] == pytest.approx(value)
    assert m.attrs["unit"] == unit


@pytest.mark.parametrize("language,text", [
    ("en", "The Harlow Creek site will reach thirty-two gigawatt-hours by 2031."),
    ("fr", "Le site atteindra vingt-trois gigawattheures."),
    ("en", "Someone said the plant is big."),
])
def test_no_capacity_from_part_of_a_compound(language, text):
    assert [m for m in run(text, language).mentions if m.label == "CAPACITY"] == []
