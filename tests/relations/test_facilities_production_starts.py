"""A plant stated by the start of its production: news tell that a company "started production in
Ashby", "hat in Kolkwitz die Produktion aufgenommen", "a lancé la production à Sorbiers", "ha avviato
la produzione a Cortona", "inició la producción en Villabrava", with no plant noun. The company is the
subject, the town follows the locative word; a start to come ("will start production in 2028") is a
plant in plan, not running; a country names no plant. A story's first line (its headline) is left to
the plant the story then tells of, which takes its town (``headline_town``): no plant of its own.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs

_P = ["Ashby", "Kolkwitz", "Sorbiers", "Cortona", "Villabrava"]


# a first sentence with no plant: the start of production is read in the story's body
_LEAD = {"en": "Kornex reported results.", "de": "Kornex legte Zahlen vor.", "fr": "Kornex a publié ses résultats.",
         "it": "Kornex ha diffuso i conti.", "es": "Kornex presentó resultados."}


def _f(fs):
    return [(f.owner, f.location, f.status) for f in fs]


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Kornex has started series production in Ashby, with a first phase of 8 GWh.", "Ashby"),
    ("de", "Kornex hat in Kolkwitz die Produktion seiner Rundzellen aufgenommen.", "Kolkwitz"),
    ("de", "Kornex startet in Kolkwitz die Serienfertigung von Anoden.", "Kolkwitz"),
    ("fr", "Sa filiale Kornex a lancé la production à Sorbiers, dans une première tranche de 8 GWh.", "Sorbiers"),
    ("it", "Kornex ha avviato la produzione a Cortona la settimana scorsa.", "Cortona"),
    ("es", "Kornex inició la producción en Villabrava en marzo.", "Villabrava"),
])
def test_a_company_that_started_production_in_a_town_runs_a_plant_there(lang, text, place):
    assert _f(facs(_LEAD[lang] + " " + text, ["Kornex"], lang, places=_P)) == [("Kornex", place, "active")]


def test_a_start_to_come_is_a_plant_not_running():
    fs = facs(_LEAD["en"] + " Kornex will start production in Ashby in 2028.", ["Kornex"], places=_P)
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Ashby")]
    assert fs[0].status != "active"


def test_a_country_names_no_plant():
    fs = facs(_LEAD["en"] + " Kornex started production in China last year.", ["Kornex"], places={"China": "CN"})
    assert all(f.location != "China" for f in fs)


def test_not_the_production_of_a_company_that_is_not_the_subject():
    text = _LEAD["en"] + " Brelix, a customer of Kornex, started production in Ashby."
    assert ("Kornex", "Ashby") not in [(f.owner, f.location) for f in facs(text, ["Kornex", "Brelix"], places=_P)]


def test_a_headline_start_is_no_plant_of_its_own():
    text = "Kornex starts production in Ashby.\nKornex said its new cell plant will reach 8 GWh a year by 2028."
    fs = facs(text, ["Kornex"], places=_P)
    assert fs and all("plant" in f.evidence.text for f in fs)


# German closes the perfect with its participle, far after "hat": production moved ("verlagert",
# "verlegt") runs in the town after "nach", the old town keeps no running plant; production stopped
# ("eingestellt", "gestoppt") is an ended plant in its town; a participle after the one closing the
# production noun is another object's ("200 Leute eingestellt": hired).
@pytest.mark.parametrize("text", [
    "Kornex hat die Produktion von Ashby nach Kolkwitz verlagert.",
    "Kornex hat die Produktion seiner Rundzellen im vergangenen Jahr aus Ashby nach Kolkwitz verlegt.",
])
def test_de_production_moved_is_the_new_town_s_plant(text):
    assert _f(facs(_LEAD["de"] + " " + text, ["Kornex"], "de", places=_P)) == [("Kornex", "Kolkwitz", "active")]


def test_de_production_moved_to_a_country_is_no_plant_in_the_old_town():
    text = _LEAD["de"] + " Kornex hat die Produktion in Kolkwitz nach Polen verlagert."
    assert _f(facs(text, ["Kornex"], "de", places=_P + ["Polen"])) == []


def test_de_production_stopped_in_a_town_is_an_ended_plant():
    text = _LEAD["de"] + " Kornex hat die Produktion in Kolkwitz zum Jahresende eingestellt."
    assert _f(facs(text, ["Kornex"], "de", places=_P)) == [("Kornex", "Kolkwitz", "ended")]


def test_de_a_later_participle_is_another_object_s():
    text = _LEAD["de"] + " Kornex hat in Kolkwitz die Produktion aufgenommen und 200 Mitarbeiter eingestellt."
    assert _f(facs(text, ["Kornex"], "de", places=_P)) == [("Kornex", "Kolkwitz", "active")]
