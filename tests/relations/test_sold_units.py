"""The company whose unit or stake is bought is the seller: not the buyer, not what is bought
(relations/sold_units.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Torvane", "Melsbury", "Quillon"]


def _deals(relations):
    return sorted((r.type, r.source, r.target) for r in relations if r.type in ("acquires", "owns"))


@pytest.mark.parametrize("text, language", [
    ("Torvane a racheté l'an dernier la filiale polonaise du fabricant Melsbury, spécialisée dans les modules.", "fr"),
    ("Torvane ha rilevato l'anno scorso la controllata polacca del produttore Melsbury, attiva nei moduli.", "it"),
    ("Torvane compró el año pasado la filial polaca del fabricante Melsbury, dedicada a los módulos.", "es"),
])
def test_the_owner_of_the_bought_unit_is_not_bought(text, language):
    assert ("acquires", "Torvane", "Melsbury") not in _deals(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text", [
    "Torvane hat die Anteile von Melsbury an dem Kathodenhersteller Quillon übernommen.",
    "Torvane will die Beteiligung von Melsbury an Quillon übernehmen, berichtet die Zeitung.",
])
def test_the_holder_of_the_sold_stake_is_not_the_buyer(text):
    got = _deals(rels(text, NAMES, language="de"))
    assert ("acquires", "Melsbury", "Quillon") not in got
    assert ("acquires", "Torvane", "Quillon") in got


def test_the_buyer_of_a_unit_is_not_owned_by_the_seller():
    text = "Torvane hatte im Frühjahr die polnische Tochter des insolventen Herstellers Melsbury übernommen."
    assert ("owns", "Melsbury", "Torvane") not in _deals(rels(text, NAMES, language="de"))


@pytest.mark.parametrize("text, language", [
    ("Quillon is a wholly owned subsidiary of Melsbury.", "en"),
    ("Quillon ist eine Tochter des Chemiekonzerns Melsbury.", "de"),
    ("Quillon est la filiale française du japonais Melsbury, qui l'a rachetée en 2017.", "fr"),
    ("Quillon è la controllata del gruppo Melsbury.", "it"),
    ("Quillon es la antigua división de baterías de Melsbury, que Torvane compró en 2018.", "es"),
])
def test_a_unit_told_as_such_keeps_its_owner(text, language):
    assert ("owns", "Melsbury", "Quillon") in _deals(rels(text, NAMES, language=language))
