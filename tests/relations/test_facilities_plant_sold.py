"""Plants that change hands: the buyer a seller hands the plant to ("verkauft sein Werk in X an Y",
"vende la planta de X a Y", "cède l'usine de X au groupe Y", "ha ceduto lo stabilimento di X ai
cinesi di Y", "sells its X plant to Y") and the company that buys it ("Y has bought Kornex's plant in
X", "Y übernimmt das Werk in X", "Y rachète l'usine de X") owns the plant now; the seller's plant is
kept. Goods sold from a plant ("sells cells from its plant in X to Y") and a plant's output taken
("se queda con la producción de la planta") are no sale of the plant.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_C = ["Kornex", "Brelix"]
_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


def _where(fs):
    return sorted((f.owner, f.location) for f in fs)


@pytest.mark.parametrize("lang, text, place", [
    ("de", "Kornex verkauft sein Werk in Kolkwitz an Brelix.", "Kolkwitz"),
    ("es", "Kornex vende la planta de Villabrava a Brelix, que fabricará allí furgonetas.", "Villabrava"),
    ("fr", "Le fonds Kornex a accepté de céder l'usine de Sorbiers au groupe Brelix, spécialiste des pièces.", "Sorbiers"),
    ("it", "Kornex ha ceduto lo stabilimento di Cortona ai cinesi di Brelix.", "Cortona"),
    ("en", "Kornex has agreed to sell its Ashby plant to Brelix for $2bn.", "Ashby"),
])
def test_the_buyer_a_plant_is_sold_to_owns_it(lang, text, place):
    assert ("Brelix", place) in _where(facs(text, _C, lang, places=_P))


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Under the terms, Brelix has bought Kornex's plant in Ashby.", "Ashby"),
    ("de", "Brelix übernimmt das Werk in Kolkwitz von Kornex.", "Kolkwitz"),
    ("fr", "Brelix rachète l'usine de Sorbiers à Kornex.", "Sorbiers"),
    ("it", "Brelix ha rilevato lo stabilimento di Cortona di Kornex.", "Cortona"),
    ("es", "Brelix compra la planta de Villabrava de Kornex.", "Villabrava"),
])
def test_the_company_that_buys_a_plant_owns_it(lang, text, place):
    assert ("Brelix", place) in _where(facs(text, _C, lang, places=_P))


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex sells cells from its plant in Ashby to Brelix."),
    ("de", "Kornex verkauft Zellen aus seinem Werk in Kolkwitz an Brelix."),
    ("es", "Brelix se queda con la producción de la planta de Villabrava de Kornex."),
    ("fr", "Kornex vend des cellules de son usine de Sorbiers à Brelix."),
])
def test_goods_of_a_plant_are_no_sale_of_it(lang, text):
    assert "Brelix" not in [o for o, _ in _where(facs(text, _C, lang, places=_P))]
