"""The plant itself told as built by its contractor ("The plant is being built by Y", "Lo stabilimento è
realizzato da Y", "L'usine est construite par Y", "La planta está siendo construida por Y"), the work
noun with its adjective ("I lavori edili sono stati affidati a Y", "Les travaux de gros œuvre ont été
confiés à Y"), and the contractor's own group set beside it by an apposition ("Y, la filiale de Z"): the
contractor supplies the company the story names most (plant_works.py). Sentences written for these tests
with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, story_supplies, triples

_SECTORS = {"Maltrix": ["battery_cells"], "Grovell": ["construction"], "Grovell Holding": ["construction"],
            "Korvan": ["carmaker"]}


def _supplies(text, language):
    return story_supplies(text, language, _SECTORS)


@pytest.mark.parametrize("language, text", [
    ("en", "The plant is being built by Grovell, which has 300 workers on site."),
    ("it", "Lo stabilimento è realizzato dalla Grovell, che ha 300 operai in cantiere."),
    ("it", "Dopo la gara, i lavori edili saranno affidati a Grovell, che partirà a ottobre."),
    ("fr", "L'usine est construite par Grovell, qui emploie 300 personnes sur place."),
    ("fr", "La construction du site sera attribuée à Grovell, la filiale de Grovell Holding."),
    ("es", "La planta está siendo construida por Grovell, que tiene 300 operarios."),
])
def test_the_builder_of_the_plant_supplies_the_story_company(language, text):
    assert ("Grovell", "Maltrix") in _supplies(text, language)


def test_a_customer_named_with_the_builder_is_read_in_the_sentence():
    got = _supplies("The plant is being built by Grovell for Korvan.", "en")
    assert ("Grovell", "Maltrix") not in got


#: a story about a maker of cathode material (named three times), whose customer's plant a later sentence tells
_SUPPLIER_LEAD = {
    "en": "Pellbrook will deliver cathode material from its site in Oulu. Pellbrook expects volumes in 2027. Pellbrook has 250 staff. ",
    "fr": "Pellbrook livrera du matériau de cathode depuis son site d'Oulu. Pellbrook prévoit des volumes en 2027. Pellbrook compte 250 salariés. ",
    "it": "Pellbrook consegnerà materiale catodico dal sito di Oulu. Pellbrook prevede volumi nel 2027. Pellbrook ha 250 addetti. ",
    "es": "Pellbrook entregará material catódico desde su planta de Oulu. Pellbrook prevé volúmenes en 2027. Pellbrook tiene 250 empleados. ",
}
_MAKER_SECTORS = {"Pellbrook": ["battery_materials"], "Korvan": ["carmaker"], "Tessaro": ["battery_cells"], "Drovan": ["trucks"],
                  "Grovell": ["construction"]}


def _after_supplier_lead(text, language):
    got = rels(_SUPPLIER_LEAD[language] + text, list(_MAKER_SECTORS), language=language, sectors=_MAKER_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text, builder", [
    ("en", "The factory will be built by Tessaro, which wants 20 GWh.", "Tessaro"),
    ("en", "The factory is being built by Drovan, which will assemble electric trucks there.", "Drovan"),
    ("fr", "L'usine sera construite par Korvan, qui vise 200 000 voitures par an.", "Korvan"),
    ("it", "Lo stabilimento sarà costruito da Tessaro, che punta a 20 GWh.", "Tessaro"),
    ("es", "La planta será construida por Korvan, que prevé 200.000 coches al año.", "Korvan"),
    ("es", "La fábrica la construye Tessaro, que busca 20 GWh.", "Tessaro"),
])
def test_a_maker_of_vehicles_or_cells_builds_its_own_plant(language, text, builder):
    assert (builder, "Pellbrook") not in _after_supplier_lead(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The gigafactory is being built by Grovell, which has 300 workers on site."),
    ("es", "La planta será construida por Grovell, que tiene 300 operarios."),
])
def test_a_builder_by_trade_stays_the_contractor(language, text):
    assert ("Grovell", "Pellbrook") in _after_supplier_lead(text, language)
