"""French companies named by their trade, the gazetteer lacking them: a name ending in the trade's plural
or mass noun ("Norcane Automobiles", "Hexaly Composants", "Delvo Robotique", "Brossard Câblage") is found
at the head of a sentence and after a report's source as well as after a preposition; and a code in capitals
before "de" ("les cellules LFP de Kervan Motors", "le SUV de Kervan Motors") names goods of the company, not
the first word of its name. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text, lang="fr"):
    return {m.canonical for m in run(text, lang).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize("text, name", [
    ("Norcane Automobiles s'approvisionne auprès d'un fabricant coréen.", "Norcane Automobiles"),
    ("Hexaly Composants équipera la future citadine du constructeur.", "Hexaly Composants"),
    ("Selon la presse locale, Valmont Cellules serait en discussions avec un constructeur.", "Valmont Cellules"),
    ("Delvo Robotique collabore avec un laboratoire de Grenoble.", "Delvo Robotique"),
    ("Brossard Câblage appartient à un fonds depuis 2021.", "Brossard Câblage"),
    ("Les essieux sont produits par Tréveray Équipements près de Vierzon.", "Tréveray Équipements"),
    ("La gigafactory de Lorvane Matériaux en construction à Douvrin atteindra 16 GWh.", "Lorvane Matériaux"),
    ("Garance Moteurs a doublé son chiffre d'affaires en 2025.", "Garance Moteurs"),
    ("Les cartes sont conçues par Sauvel Électronique à Rennes.", "Sauvel Électronique"),
])
def test_a_french_name_ending_in_its_trade_is_a_company(text, name):
    assert name in companies(text)


@pytest.mark.parametrize("text, bad", [
    ("Les Nouvelles Technologies changent le travail en usine.", "Nouvelles Technologies"),
    ("Les exposants présentent leurs Nouveaux Matériaux à Lyon.", "Nouveaux Matériaux"),
])
def test_french_phrases_ending_in_a_trade_stay_no_company(text, bad):
    assert bad not in companies(text)


@pytest.mark.parametrize("text, name, bad", [
    ("Haldor Power fournira les cellules LFP de Kervan Motors.", "Kervan Motors", "LFP de Kervan Motors"),
    ("Le SUV de Kervan Motors sera vendu dès 2026.", "Kervan Motors", "SUV de Kervan Motors"),
    ("Les cellules NMC de Norcane Automobiles coûtent plus cher.", "Norcane Automobiles", "NMC de Norcane Automobiles"),
])
def test_initials_before_de_are_no_part_of_the_name(text, name, bad):
    found = companies(text)
    assert name in found and bad not in found
