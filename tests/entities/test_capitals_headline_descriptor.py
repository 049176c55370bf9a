"""A headline set in capitals: every word looks like a name, so a descriptor written in capitals
("LA START-UP FRANCESE", "THE BATTERY MAKER", "DER ZULIEFERER") names nothing after it
(entities/patterns.py); the same descriptor in running text still does. Invented sentences and names."""

from __future__ import annotations

import pytest
from entity_helpers import run, spans


@pytest.mark.parametrize("language,text,noise", [
    ("it", "SODIO AL POSTO DEL LITIO: LA START-UP FRANCESE CHE HA CONVINTO I COSTRUTTORI", "CHE HA CONVINTO"),
    ("en", "HOW THE BATTERY MAKER THAT NOBODY KNEW WON OVER DETROIT", "THAT NOBODY KNEW"),
    ("fr", "LA START-UP QUI A SÉDUIT LES CONSTRUCTEURS LÈVE 30 MILLIONS", "QUI A SÉDUIT"),
    ("es", "LA EMPRESA QUE CONVENCIÓ A LOS FABRICANTES SALE A BOLSA", "QUE CONVENCIÓ"),
])
def test_a_descriptor_in_capitals_names_nothing(language, text, noise):
    names = [t for t, _c in spans(run(text, language), "COMPANY")]
    assert not any(noise in n for n in names), names


@pytest.mark.parametrize("language,text,name", [
    ("it", "Intanto la start-up francese Velqua ha convinto i costruttori.", "Velqua"),
    ("en", "The battery maker Velqua won over Detroit.", "Velqua"),
])
def test_the_descriptor_in_running_text_still_names(language, text, name):
    assert name in [t for t, _c in spans(run(text, language), "COMPANY")]
