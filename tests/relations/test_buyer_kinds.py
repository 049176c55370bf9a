"""Kinds of company that, between the two, only buy (``relations/buyer_kinds.py``): a refiner buys from
a miner, a recycler sells black mass to a miner or metals trader, a shipbuilder buys cells, a bus
operator buys buses. Real companies (the gazetteer's kinds), invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.buyer_kinds import buyer_selling
from tierscope.relations.known_roles import known_direction

from .helpers import make_doc


def _supplies(text, names, lang):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("buyer,seller", [
    ("AMG Lithium", "Liontown Resources"),   # a refiner and a miner
    ("Huayou Cobalt", "Glencore"),           # a refiner and a miner that trades metals
    ("Glencore", "Li-Cycle"),                # a metals trader and a recycler of black mass
    ("Fincantieri", "Toshiba"),              # a shipbuilder and a cell maker
    ("Sixt", "Blue Bird"),                   # an operator and a bus maker
    ("PostNL", "Scania"),                    # a logistics company and a truck maker
    ("Ola Electric", "Infineon"),            # a carmaker that makes cells too and a chip maker
])
def test_the_buyer_is_turned_round(buyer, seller):
    assert known_direction("supplies", buyer, seller) == (seller, buyer)
    assert known_direction("supplies", seller, buyer) == (seller, buyer)


def test_companies_of_several_kinds_or_carmakers_are_left_alone():
    # a recycler that also makes materials, a carmaker that also builds trucks, a trader and a refiner
    assert not buyer_selling(frozenset({"mining"}), frozenset({"battery_materials", "recycling"}))
    assert not buyer_selling(frozenset({"mobility"}), frozenset({"carmaker", "trucks"}))
    assert not buyer_selling(frozenset({"battery_materials", "recycling"}), frozenset({"mining"}))
    assert known_direction("supplies", "Liontown Resources", "AMG Lithium") == ("Liontown Resources", "AMG Lithium")


@pytest.mark.parametrize("lang,text", [
    ("en", "AMG Lithium has signed a long-term offtake agreement with Liontown Resources for spodumene concentrate."),
    ("it", "AMG Lithium ha firmato con Liontown Resources un accordo di fornitura pluriennale per il concentrato di spodumene."),
    ("de", "AMG Lithium hat mit Liontown Resources einen Liefervertrag über Spodumenkonzentrat unterzeichnet."),
    ("fr", "AMG Lithium a signé avec Liontown Resources un contrat d'approvisionnement en concentré de spodumène."),
    ("es", "AMG Lithium firmó con Liontown Resources un contrato de suministro de concentrado de espodumena."),
])
def test_a_refiner_signing_with_a_miner_buys(lang, text):
    got = _supplies(text, ["AMG Lithium", "Liontown Resources"], lang)
    assert ("AMG Lithium", "Liontown Resources") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Fincantieri has signed a supply contract with Toshiba for the batteries of two hybrid ferries."),
    ("it", "Fincantieri ha firmato con Toshiba un contratto di fornitura per le batterie di due traghetti ibridi."),
    ("fr", "Fincantieri a signé avec Toshiba un contrat de fourniture pour les batteries de deux ferries hybrides."),
])
def test_a_shipbuilder_signing_for_batteries_buys(lang, text):
    got = _supplies(text, ["Fincantieri", "Toshiba"], lang)
    assert ("Fincantieri", "Toshiba") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "PostNL has signed a contract with Scania for 80 electric tractor units, which will be delivered from March."),
    ("de", "PostNL hat mit Scania einen Vertrag über 80 Elektro-Lkw unterzeichnet, die ab März geliefert werden."),
    ("fr", "PostNL a signé avec Scania un contrat portant sur 80 tracteurs électriques, qui seront livrés entre mars et juin."),
])
def test_a_haulier_signing_for_trucks_buys(lang, text):
    got = _supplies(text, ["PostNL", "Scania"], lang)
    assert ("PostNL", "Scania") not in got
    assert ("Scania", "PostNL") in got


def test_a_carmaker_making_cells_too_does_not_supply_a_chip_maker():
    assert known_direction("supplies", "Ola Electric", "Infineon") == ("Infineon", "Ola Electric")
    assert not buyer_selling(frozenset({"carmaker", "battery_cells"}), frozenset({"supplier", "battery_cells"}))
