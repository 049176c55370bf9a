"""Plants stated by their work with the town put first: news open the sentence on the place and then
tell who makes what there ("In Kolkwitz produziert Kornex seit 2023 Kathodenmaterial", "In Ashby,
Kornex has been assembling packs since 2022", "À Sorbiers, Kornex fabrique ses cellules", "A Cortona
Kornex produce componenti", "En Villabrava, Kornex fabrica celdas"). German puts the verb second, so
the subject follows it; the other languages keep the subject before the verb. The town must open the
sentence, be a town (not a country), and the company must be the verb's subject: a company after a
preposition ("In Kolkwitz produziert für Kornex ...") or a verb in another clause is not.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


def _f(fs):
    return [(f.owner, f.location) for f in fs]


@pytest.mark.parametrize("lang, text, place", [
    ("de", "In Kolkwitz produziert Kornex seit 2023 Kathodenmaterial für Zellen.", "Kolkwitz"),
    ("de", "Im brandenburgischen Kolkwitz fertigt Kornex seit dem vergangenen Jahr Batteriesysteme.", "Kolkwitz"),
    ("de", "In Kolkwitz, rund 40 Kilometer weiter südlich, produziert Kornex seit 2021 Anoden.", "Kolkwitz"),
    ("en", "In Ashby, Kornex has been assembling battery packs since 2022.", "Ashby"),
    ("fr", "À Sorbiers, Kornex fabrique depuis l'an dernier ses premières cellules.", "Sorbiers"),
    ("it", "A Cortona Kornex produce da anni componenti per le auto elettriche.", "Cortona"),
    ("es", "En Villabrava, Kornex fabrica celdas para autobuses desde 2022.", "Villabrava"),
])
def test_a_town_put_first_and_its_maker_run_a_plant(lang, text, place):
    assert _f(facs(text, ["Kornex"], lang, places=_P)) == [("Kornex", place)]


@pytest.mark.parametrize("lang, text", [
    ("de", "In Kolkwitz produziert Brelix für Kornex seit 2023 Kathodenmaterial."),
    ("de", "In Kolkwitz bezieht Kornex Strom, der aus Windkraft produziert wird."),
    ("en", "In Ashby, the union said Kornex produces too little."),
])
def test_no_plant_of_a_company_that_is_not_the_subject(lang, text):
    assert ("Kornex", "Ashby") not in _f(facs(text, ["Kornex", "Brelix"], lang, places=_P))
    assert ("Kornex", "Kolkwitz") not in _f(facs(text, ["Kornex", "Brelix"], lang, places=_P))


def test_a_country_put_first_names_no_plant():
    fs = facs("In China produziert Kornex seit 2023 Zellen.", ["Kornex"], "de", places={"China": "CN"})
    assert all(f.location != "China" for f in fs)


def test_a_planned_production_there_is_not_running():
    fs = facs("In Kolkwitz soll Kornex ab 2028 Zellen fertigen.", ["Kornex"], "de", places=_P)
    assert all(f.status != "active" for f in fs)
