"""A new production line in a town stands for a plant in Romance news: "la nuova linea di Cortona",
"una seconda linea a Cortona", "une nouvelle ligne à Sorbiers", "la primera línea industrial en
Villabrava". A line of products, a line of credit or "in linea con" names no plant, nor do the assembly
lines an equipment maker supplies.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


@pytest.mark.parametrize("lang, text, place", [
    ("it", "Kornex ha inaugurato la nuova linea di Cortona, che lavora su tre turni.", "Cortona"),
    ("it", "Kornex sta valutando una seconda linea a Cortona per i moduli.", "Cortona"),
    ("it", "Kornex ha avviato la linea industriale di Cortona lo scorso autunno.", "Cortona"),
    ("fr", "Kornex installe une nouvelle ligne à Sorbiers pour ses modules.", "Sorbiers"),
    ("es", "Kornex prepara su primera línea industrial en Villabrava.", "Villabrava"),
])
def test_a_production_line_in_a_town_is_a_plant(lang, text, place):
    assert [(f.owner, f.location) for f in facs(text, ["Kornex"], lang, places=_P)] == [("Kornex", place)]


@pytest.mark.parametrize("lang, text", [
    ("it", "Kornex ha presentato a Cortona una nuova linea di prodotti per il giardino."),
    ("it", "Kornex ha chiuso il trimestre a Cortona in linea con le attese."),
    ("fr", "Kornex a obtenu à Sorbiers une nouvelle ligne de crédit."),
    ("es", "Kornex presentó en Villabrava su nueva línea de productos."),
    ("es", "Kornex suministrará las líneas de montaje de la planta de Brelix en Villabrava."),
    ("it", "Kornex fornirà le linee di assemblaggio allo stabilimento di Brelix a Cortona."),
])
def test_a_line_of_products_or_credit_or_equipment_is_no_plant_of_the_company(lang, text):
    assert all(f.owner != "Kornex" for f in facs(text, ["Kornex", "Brelix"], lang, places=_P))
