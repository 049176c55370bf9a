"""A known company followed by "of" and its own country ("cells bought from Velmora of South Korea",
Velmora being Korean) is that company, the country saying where it is from; "of" and another country
or a continent ("Velmora of North America", a German Velmora) names a unit abroad
(units._home_country_after, read by extend_unit_names). Sentences and company invented for the test."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.entities.matcher import tokenize
from tierscope.entities.units import extend_unit_names


def extended(text, country):
    tokens = tokenize(text, 0, len(text))
    start = text.index("Velmora")
    known = Mention(start=start, end=start + 7, text="Velmora", label="COMPANY", canonical="Velmora", sentence=0,
                    source="gazetteer", attrs={"known": True, "country": country})
    return [m.canonical for m in extend_unit_names(text, [(0, 0, len(text), tokens)], [known], "en")]


def test_its_own_country_after_of_leaves_the_company():
    assert extended("The cells were bought from Velmora of South Korea last year.", "KR") == ["Velmora"]


@pytest.mark.parametrize(
    "text, country, unit",
    [
        ("The cars are sold by Velmora of North America in the US.", "DE", "Velmora of North America"),
        ("The cells were bought from Velmora of South Korea last year.", "DE", "Velmora of South Korea"),
    ],
)
def test_another_country_after_of_names_a_unit(text, country, unit):
    assert extended(text, country) == [unit]
