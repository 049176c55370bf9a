""""Si tratta di", "se trata de" ("it is", "this is about"), "the process of" are no treating of scrap: the scrap's
way is still turned round (relations/scrap_flow.py). Invented sentences; real companies where the
gazetteer's kinds are read."""

from __future__ import annotations

import pytest

from tierscope.relations.scrap_flow import scrap_direction


@pytest.mark.parametrize("sentence", [
    "Si tratta di un accordo quinquennale: BASF ritirerà i rottami di cella di Renault.",
    "Se trata de un pacto a cinco años: BASF recogerá la chatarra de celdas de Renault.",
])
def test_it_is_about_is_no_treating(sentence):
    assert scrap_direction("BASF", "Renault", sentence) == ("Renault", "BASF")


@pytest.mark.parametrize("sentence", [
    "BASF tratta i rottami di cella di Renault nel suo impianto.",
    "BASF trata la chatarra de celdas de Renault en su planta.",
])
def test_treating_scrap_is_still_a_service(sentence):
    assert scrap_direction("BASF", "Renault", sentence) == ("BASF", "Renault")


@pytest.mark.parametrize("sentence", [
    "Nel nuovo impianto di BASF si trattano i rottami di cella di Renault.",
    "En la planta de BASF se tratan los residuos de celdas de Renault.",
])
def test_a_reflexive_passive_of_treating_is_treating(sentence):
    assert scrap_direction("BASF", "Renault", sentence) == ("BASF", "Renault")


def test_the_process_of_is_no_treating():
    # "in the process of" tells a course of events: the scrap still goes from the carmaker to BASF
    assert scrap_direction("BASF", "Renault", "BASF is in the process of picking up cell scrap at Renault's sites.") == (
        "Renault", "BASF")
