"""A weak plant word right before an industrial estate, park or port ("eine Anlage im Industriepark
Kolkwitz", "a facility in the industrial park of Ashby", "un sito nella zona industriale di Cortona")
is a plant even with no word of building or closing in the sentence: nothing but a place of work
stands in an estate. A seat or a centre there may be offices, and stays weak.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Cortona", "Villabrava"]


@pytest.mark.parametrize("lang, text, place", [
    ("de", "Kornex hat Geld eingesammelt. Herzstück ist eine Anlage im Industriepark Kolkwitz, die jährlich "
           "Lithiumhydroxid herstellen soll.", "Kolkwitz"),
    ("de", "Die Lieferungen sollen beginnen, sobald Kornex seine Anlage im Industriepark Kolkwitz in Betrieb nimmt.", "Kolkwitz"),
    ("en", "Kornex will run its new facility in the industrial park of Ashby with local staff.", "Ashby"),
])
def test_a_site_in_an_estate_is_a_plant(lang, text, place):
    assert [(f.owner, f.location) for f in facs(text, ["Kornex"], lang, places=_P)] == [("Kornex", place)]


def test_a_seat_in_a_park_is_no_plant():
    fs = facs("Kornex tiene su sede en el parque tecnológico de Villabrava.", ["Kornex"], "es", places=_P)
    assert fs == []
