"""Contract manufacturing: an assembler that builds another company's cars supplies that company.
A contract manufacturing deal signed with an assembler, and an assembler making a customer's vehicles
("ensambla dos modelos de Y", "produrrà le vetture di Y"). Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language))}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan will begin building cars in Europe in 2027 after signing a contract manufacturing agreement with Maltrix.", "en"),
    ("Korvan has signed a contract assembly deal with Maltrix for its compact SUV.", "en"),
    ("Korvan hat mit Maltrix einen Vertrag über die Auftragsfertigung seines Kompaktwagens geschlossen.", "de"),
    ("Korvan a conclu un contrat d'assemblage avec Maltrix pour sa berline.", "fr"),
    ("Korvan ha firmato con Maltrix un contratto di produzione conto terzi per la sua berlina.", "it"),
    ("Korvan firmó con Maltrix un contrato de fabricación por encargo para su berlina.", "es"),
])
def test_contract_manufacturing_deal_makes_the_assembler_a_supplier(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert not any(t == "partners_with" for t, _s, _d in found)


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix ensambla desde hace un año dos modelos de Korvan en su planta.", "es"),
    ("Maltrix fabricará por encargo los vehículos de Korvan a partir de 2027.", "es"),
    ("Maltrix assembla da un anno due modelli di Korvan nel suo impianto.", "it"),
    ("Maltrix produrrà le vetture di Korvan nello stabilimento di Graz.", "it"),
    ("Maltrix, la filial de montaje por contrato del grupo canadiense Delvo, ensambla dos modelos de Korvan.", "es"),
])
def test_assembler_making_a_customers_vehicles_supplies_it(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") in found
    assert ("supplies", "Delvo", "Korvan") not in found


@pytest.mark.parametrize("sentence, language", [
    ("Maltrix construye la fábrica de Korvan en Valencia.", "es"),
    ("Maltrix costruisce lo stabilimento di Korvan a Termoli.", "it"),
    # a plant's relative names no company that makes the goods
    ("Delvo es ya el primer proveedor de la planta francesa, que produce celdas para los modelos de Korvan.", "es"),
    ("Korvan signed a manufacturing agreement with Maltrix on software.", "en"),
])
def test_no_vehicles_made_for_a_customer_is_no_contract_supply(sentence, language):
    found = _found(sentence, language)
    assert ("supplies", "Maltrix", "Korvan") not in found
    assert ("supplies", "Delvo", "Korvan") not in found
