"""The first word alone after a known company and a unit named after it ("Forsee Power", "Forsee Power
Iberia", then "Forsee"): the short form is the known parent, not its unit. Real names for the gazetteer's
companies (Forsee Power is in it), invented units and sentences."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text", [
    ("fr", "Forsee Power a cédé sa filiale Forsee Power Iberia à un fonds. Le canadien Ballard, partenaire "
           "de longue date de Forsee dans l'hydrogène, a démenti."),
    ("it", "Forsee Power ha ceduto la controllata Forsee Power Iberia a un fondo. Il titolo Forsee ha chiuso in rialzo."),
])
def test_the_short_form_is_the_known_parent(language, text):
    got = spans(run(text, language), "COMPANY")
    assert ("Forsee", "Forsee Power") in got
    assert ("Forsee Power Iberia", "Forsee Power Iberia") in got
