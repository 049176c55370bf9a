"""Plants stated by their work alone: a company that produces, manufactures or assembles something in
a town runs a plant there, though the sentence has no plant noun ("Kornex has been producing cells
at Ashby since 2024", "Kornex fertigt seit 2023 in Kolkwitz Kathodenmaterial", "Kornex produit ses
premières cellules à Sorbiers", "Kornex produce da anni a Cortona", "Kornex fabrica en Villabrava").
The plant is the verb's subject's and runs now; one in plan ("will produce") is not running. A
country or region names no plant ("produces cells in China"), nor a company that is not the
subject ("is supplied by Brelix, which assembles it in Ashby" is Brelix's, if anyone's).

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


def _f(fs):
    return [(f.owner, f.location, f.status) for f in fs]


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Kornex has been producing cells at Ashby since 2024.", "Ashby"),
    ("en", "Kornex manufactures cathode material in Ashby for European carmakers.", "Ashby"),
    ("de", "Kornex fertigt seit 2023 in Kolkwitz Kathodenmaterial.", "Kolkwitz"),
    ("de", "Kornex produziert im brandenburgischen Kolkwitz Zellen für Transporter.", "Kolkwitz"),
    ("fr", "Kornex produit depuis quelques mois ses premières cellules à Sorbiers.", "Sorbiers"),
    ("it", "Kornex produce da anni a Cortona componenti per le auto elettriche.", "Cortona"),
    ("es", "Kornex fabrica en Villabrava celdas para autobuses.", "Villabrava"),
])
def test_a_company_that_produces_in_a_town_runs_a_plant_there(lang, text, place):
    assert _f(facs(text, ["Kornex"], lang, places=_P)) == [("Kornex", place, "active")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kornex will produce cells at Ashby from 2028."),
    ("es", "Kornex fabricará en Villabrava celdas para autobuses."),
    ("de", "Kornex soll ab 2028 in Kolkwitz Zellen fertigen."),
])
def test_a_planned_production_is_no_running_plant(lang, text):
    fs = facs(text, ["Kornex"], lang, places=_P)
    assert all(f.status != "active" for f in fs)


def test_a_country_names_no_plant():
    fs = facs("Kornex produces most of its cells in China.", ["Kornex"], places={"China": "CN"})
    assert fs == [] or all(f.location != "China" for f in fs)


def test_not_a_plant_of_a_company_that_is_not_the_subject():
    text = "The gearbox is supplied to Kornex by Brelix, which assembles it in Ashby."
    assert ("Kornex", "Ashby") not in [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix"], places=_P)]


def test_a_negated_production_names_no_plant():
    fs = facs("Kornex does not produce cells in Ashby.", ["Kornex"], places=_P)
    assert fs == []


def test_a_town_of_another_clause_is_no_plant():
    fs = facs("Kornex produces cells, while Brelix sells them in Ashby.", ["Kornex", "Brelix"], places=_P)
    assert fs == []
