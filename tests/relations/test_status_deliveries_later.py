"""Deliveries said to begin later, after the deal that was signed: the supply is announced, not
running ("..., and deliveries are set to begin next year", "; die Lieferungen sollen 2027 beginnen",
"; les livraisons doivent commencer l'an prochain"). A supply that runs already ("seit 2020"), and
deliveries to another company, keep their status. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Almara signed a contract with Brixo for cathode materials in 2024, and deliveries are set to begin next year."),
    ("en", "Brixo will buy lithium from Almara under a deal signed in May; deliveries are due to start in 2027."),
    ("de", "Almara hat Abnahmeverträge mit Brixo geschlossen; die Lieferungen sollen beginnen, sobald die Anlage läuft."),
    ("de", "Almara hat mit Brixo einen Liefervertrag über Kathoden unterzeichnet, die Lieferungen sollen 2027 beginnen."),
    ("fr", "Almara a conclu un contrat d'approvisionnement avec Brixo, dont les livraisons débuteront en 2027."),
    ("it", "Almara ha firmato un contratto di fornitura con Brixo e le forniture partiranno dal 2027."),
    ("es", "Almara firmó un contrato con Brixo para suministrar litio, cuyas entregas empezarán el año próximo."),
])
def test_deliveries_that_start_later_are_announced(language, text):
    assert _rels(text, language)[("supplies", "Almara", "Brixo")] == "announced"


def test_every_offtaker_of_the_list_is_announced():
    got = _rels("Almara hat Abnahmeverträge mit Brixo und Kelda geschlossen; die Lieferungen sollen 2028 beginnen.", "de")
    assert got[("supplies", "Almara", "Brixo")] == got[("supplies", "Almara", "Kelda")] == "announced"


@pytest.mark.parametrize("language,text", [
    ("en", "Almara supplies cells to Brixo; deliveries to Kelda are due to start in 2027."),
    ("de", "Almara liefert seit 2020 Zellen an Brixo, die Lieferungen sollen 2027 beginnen."),
])
def test_a_running_supply_stays_active(language, text):
    assert _rels(text, language)[("supplies", "Almara", "Brixo")] == "active"


def test_a_reported_deal_stays_rumoured():
    text = "Almara will reportedly supply cells to Brixo, and deliveries are set to begin in 2027."
    assert _rels(text, "en")[("supplies", "Almara", "Brixo")] == "rumoured"
