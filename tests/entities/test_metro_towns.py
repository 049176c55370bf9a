"""A description with a city's adjective or name fits a company at home in a town of that city's area
(metro_towns.py): "il gruppo bergamasco" is Brembo of Curno, "der Münchner Chipkonzern" Infineon of
Neubiberg. Invented story, companies the gazetteer knows."""

from __future__ import annotations

import pytest

from entity_helpers import run


def _resolved(text, language, words):
    doc = run(text, language)
    return [m.canonical for m in doc.mentions if m.label == "COMPANY" and m.text.casefold() == words.casefold()]


@pytest.mark.parametrize("language,text,words,company", [
    ("it", "Brembo ha firmato un contratto con Volvo Cars. Il gruppo bergamasco fornirà pinze freno dal 2027.",
     "Il gruppo bergamasco", "Brembo"),
    ("de", "Infineon hat einen Vertrag mit Renault geschlossen. Der Münchner Chipkonzern liefert ab 2027 Chips.",
     "Der Münchner Chipkonzern", "Infineon"),
    ("fr", "Symbio a signé un accord avec Renault. L'entreprise lyonnaise livrera des piles à combustible.",
     "L'entreprise lyonnaise", "Symbio"),
    ("es", "Indra ha firmado un contrato con Renault. La empresa madrileña suministrará programas de control.",
     "La empresa madrileña", "Indra"),
    ("en", "Sabelt signed a deal with Renault last week. The Turin-based supplier will ship seat belts from 2027.",
     "The Turin-based supplier", "Sabelt"),
])
def test_a_city_description_fits_a_company_of_its_area(language, text, words, company):
    assert _resolved(text, language, words) == [company]


def test_a_town_outside_the_area_still_does_not_fit():
    # Brembo (Curno) is no company of Turin: the description finds none
    text = "Brembo ha firmato un contratto con Volvo Cars. Il gruppo torinese fornirà pinze freno dal 2027."
    assert "Brembo" not in _resolved(text, "it", "Il gruppo torinese")
