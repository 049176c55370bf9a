"""A framework or capacity contract, or a German "Vertrag", between a seller and a buyer the chain or a
maker noun tells apart is a supply, not a partnership (contract_supply.py); invented sentences in all
five languages. A deal about working together, or a pair nothing directs, stays a partnership."""

from __future__ import annotations

import pytest

from .helpers import pipeline_relations as rels


@pytest.mark.parametrize("language, text", [
    ("en", "Volkswagen has signed a multi-year framework agreement with Infineon for its next platform."),
    ("de", "Volkswagen hat mit Infineon einen mehrjährigen Rahmenvertrag unterzeichnet."),
    ("de", "Volkswagen hat im Herbst einen Vertrag mit Infineon unterschrieben."),
    ("fr", "Volkswagen a signé un accord-cadre pluriannuel avec Infineon pour sa prochaine plateforme."),
    ("it", "Volkswagen ha firmato un accordo quadro pluriennale con Infineon per la sua prossima piattaforma."),
    ("es", "Volkswagen ha firmado un acuerdo marco plurianual con Infineon para su próxima plataforma."),
])
def test_a_contract_between_a_chip_maker_and_a_carmaker_is_a_supply(language, text):
    found = rels(text, language)
    assert ("supplies", "Infineon", "Volkswagen") in found
    assert not any(t == "partners_with" for t, _, _ in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Valeo has signed a capacity reservation agreement with STMicroelectronics."),
    ("fr", "Valeo a signé un accord de réservation de capacités avec STMicroelectronics."),
    ("es", "Valeo ha firmado un acuerdo de reserva de capacidad con STMicroelectronics."),
])
def test_a_capacity_reservation_with_a_chip_maker_is_a_supply_to_the_parts_supplier(language, text):
    found = rels(text, language)
    assert ("supplies", "STMicroelectronics", "Valeo") in found
    assert not any(t == "partners_with" for t, _, _ in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Ionity signed a framework agreement with the charger maker Alpitronic."),
    ("de", "Ionity hat einen Rahmenvertrag mit dem Ladesäulenhersteller Alpitronic unterzeichnet."),
    ("fr", "Ionity a signé un accord-cadre avec le fabricant de bornes Alpitronic."),
    ("it", "Ionity ha firmato un accordo quadro con Alpitronic, produttore di colonnine."),
    ("es", "Ionity ha firmado un acuerdo marco con el fabricante de cargadores Alpitronic."),
])
def test_the_maker_named_in_a_framework_contract_supplies(language, text):
    found = rels(text, language)
    assert ("supplies", "Alpitronic", "Ionity") in found
    assert not any(t == "partners_with" for t, _, _ in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Volkswagen and Infineon signed a framework agreement on cooperation in chip design."),
    ("de", "Volkswagen hat mit Infineon einen Rahmenvertrag zur Zusammenarbeit bei der Chipentwicklung unterzeichnet."),
    ("it", "Ionity ha firmato un accordo quadro con Conad per installare colonnine nei parcheggi."),
    ("en", "Volkswagen has signed an agreement with Infineon."),
])
def test_cooperation_or_an_undirected_pair_stays_a_partnership(language, text):
    found = rels(text, language)
    assert any(t == "partners_with" for t, _, _ in found)
    assert not any(t == "supplies" for t, _, _ in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Schaeffler has signed a framework agreement with Infineon."),
    ("de", "Schaeffler hat mit Infineon einen Rahmenvertrag unterzeichnet."),
    ("fr", "Schaeffler a signé un accord-cadre avec Infineon."),
    ("it", "Schaeffler ha firmato un accordo quadro con Infineon."),
    ("es", "Schaeffler ha firmado un acuerdo marco con Infineon."),
])
def test_a_chip_maker_supplies_a_parts_supplier(language, text):
    # (known_roles.down_the_chain: the tiers put chips and parts at one level; parts suppliers buy chips)
    found = rels(text, language)
    assert ("supplies", "Infineon", "Schaeffler") in found
    assert ("supplies", "Schaeffler", "Infineon") not in found


def test_the_chain_turns_a_supply_from_a_parts_supplier_to_a_chip_maker_round():
    from tierscope.relations.known_roles import down_the_chain, known_direction

    assert known_direction("supplies", "ZF", "STMicroelectronics") == ("STMicroelectronics", "ZF")
    assert known_direction("supplies", "Infineon", "Valeo") == ("Infineon", "Valeo")
    assert down_the_chain("Valeo", "Infineon") and not down_the_chain("Infineon", "Valeo")


@pytest.mark.parametrize("language, text, buyer", [
    ("en", "ZF signed with STMicroelectronics a multi-year agreement for the supply of power modules.", "ZF"),
    ("de", "ZF hat mit STMicroelectronics einen Liefervertrag geschlossen.", "ZF"),
    ("fr", "Valeo a signé un contrat de fourniture avec STMicroelectronics.", "Valeo"),
    ("it", "Brembo ha firmato con STMicroelectronics un accordo triennale per la fornitura di sensori.", "Brembo"),
    ("es", "Gestamp ha firmado un contrato de suministro con STMicroelectronics.", "Gestamp"),
])
def test_a_supply_deal_of_a_parts_supplier_with_a_chip_maker_is_the_chip_makers(language, text, buyer):
    found = rels(text, language)
    assert ("supplies", "STMicroelectronics", buyer) in found
    assert ("supplies", buyer, "STMicroelectronics") not in found
