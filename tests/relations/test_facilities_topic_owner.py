"""Plants: a plant named by its town alone ("La fabbrica di X lavora su due turni") in a story that
keeps naming one company (three times or more) is that company's, however many sentences without a
company came between; one placed only in a country keeps
no owner, and so does a plant in a story that names no company that often.

Every sentence here is written for the test (invented companies and towns); none comes from the dev
or golden pages.
"""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text,town", [
    ("it", "Velora chiude il bilancio in utile. Velora assume 200 persone. I conti di Velora migliorano. "
           "Le vendite crescono a marzo. I prezzi calano ad aprile. La fabbrica di Valbruna lavora su due turni.", "Valbruna"),
    ("de", "Velora schreibt schwarze Zahlen. Velora stellt 200 Leute ein. Die Zahlen von Velora steigen. "
           "Der Umsatz steigt im März. Die Preise sinken im April. Die Fabrik in Kleinhausen arbeitet im Zweischichtbetrieb.", "Kleinhausen"),
    ("fr", "Velora renoue avec les bénéfices. Velora embauche 200 personnes. Les comptes de Velora s'améliorent. "
           "Les ventes montent en mars. Les prix baissent en avril. L'usine de Villebrave tourne en deux équipes.", "Villebrave"),
    ("es", "Velora vuelve a ganar dinero. Velora contrata a 200 personas. Las cuentas de Velora mejoran. "
           "Las ventas suben en marzo. Los precios bajan en abril. La fábrica de Villabrava trabaja a dos turnos.", "Villabrava"),
    ("en", "Velora is back in profit. Velora is hiring 200 people. Velora's accounts are improving. "
           "Sales rose in March. Prices fell in April. The factory in Kestrup runs two shifts.", "Kestrup"),
])
def test_a_town_plant_in_a_story_about_one_company(lang, text, town):
    fs = facs(text, ["Velora"], lang, places=[town])
    assert [(f.owner, f.location) for f in fs] == [("Velora", town)]


def test_a_plant_placed_only_in_a_country_keeps_no_owner():
    text = ("Velora is back in profit. Velora is hiring 200 people. Velora's accounts are improving. "
            "Sales rose in March. Prices fell in April. The factory in Denmark runs two shifts.")
    fs = facs(text, ["Velora"], "en", places=["Denmark"])
    assert [(f.owner, f.location) for f in fs] == [(None, "Denmark")]


def test_a_story_without_a_main_company_leaves_the_owner_open():
    text = ("Velora is back in profit. Brelix is hiring. Sales rose in March. Prices fell in April. "
            "The factory in Kestrup runs two shifts.")
    fs = facs(text, ["Velora", "Brelix"], "en", places=["Kestrup"])
    assert [(f.owner, f.location) for f in fs] == [(None, "Kestrup")]
