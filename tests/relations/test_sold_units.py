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
    text = "Torvane hatte 2023 die tschechische Tochter des angeschlagenen Zulieferers Melsbury übernommen."
    assert ("owns", "Melsbury", "Torvane") not in _deals(rels(text, NAMES, language="de"))


@pytest.mark.parametrize("text, language", [
    ("Quillon is a wholly owned subsidiary of Melsbury.", "en"),
    ("Quillon ist eine Tochter des Chemiekonzerns Melsbury.", "de"),
    ("Quillon est la filiale belge du coréen Melsbury, qui l'a acquise en 2016.", "fr"),
    ("Quillon è la controllata del gruppo Melsbury.", "it"),
    ("Quillon es la vieja división de motores de Melsbury, que Torvane compró en 2015.", "es"),
])
def test_a_unit_told_as_such_keeps_its_owner(text, language):
    assert ("owns", "Melsbury", "Quillon") in _deals(rels(text, NAMES, language=language))


def _supplies(relations):
    return {(r.source, r.target) for r in relations if r.type == "supplies"}


@pytest.mark.parametrize("text, language", [
    ("Quillon has belonged to Torvane since 2019, when Torvane bought the battery operation from Melsbury.", "en"),
    ("Quillon, the logistics company that Torvane bought from Melsbury in 2025, now runs electric trucks.", "en"),
    ("Quillon, la empresa de logística que Torvane compró a Melsbury en 2025, renueva su flota.", "es"),
    ("Quillon, la société de logistique que Torvane a rachetée à Melsbury en 2025, renouvelle sa flotte.", "fr"),
    ("Quillon, la società di logistica che Torvane ha acquistato da Melsbury nel 2025, rinnova la flotta.", "it"),
    ("Quillon, die Logistikfirma, die Torvane 2025 von Melsbury gekauft hat, erneuert ihre Flotte.", "de"),
])
def test_a_business_bought_from_its_seller_is_no_supply(text, language):
    got = _supplies(rels(text, NAMES, language=language))
    assert not got & {("Melsbury", "Torvane"), ("Torvane", "Melsbury")}


@pytest.mark.parametrize("text, language", [
    ("Torvane buys cathode material from Melsbury under a ten-year contract.", "en"),
    ("Torvane compra celdas a Melsbury desde 2022 para su planta de Navarra.", "es"),
])
def test_goods_bought_from_a_seller_stay_a_supply(text, language):
    assert ("Melsbury", "Torvane") in _supplies(rels(text, NAMES, language=language))
