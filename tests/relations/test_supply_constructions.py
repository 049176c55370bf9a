"""Supply constructions of real news, on sentences written for these tests: a list whose members
repeat their preposition, the French "acheter à" (buy from), a subject after the verb."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def pairs(sentence, companies, lang):
    return sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)))


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Kia buys its battery cells from Hanon and from Mando.", ["Kia", "Hanon", "Mando"],
     [("supplies", "Hanon", "Kia"), ("supplies", "Mando", "Kia")]),
    ("de", "Porsche bezieht die Sitze von Recaro sowie von Lear.", ["Porsche", "Recaro", "Lear"],
     [("supplies", "Lear", "Porsche"), ("supplies", "Recaro", "Porsche")]),
    ("it", "Ducati acquista i freni da Brembo e da Nissin.", ["Ducati", "Brembo", "Nissin"],
     [("supplies", "Brembo", "Ducati"), ("supplies", "Nissin", "Ducati")]),
    ("fr", "Alstom commande ses moteurs à Traktionssysteme et à Skoda Electric.", ["Alstom", "Traktionssysteme", "Skoda Electric"],
     [("supplies", "Skoda Electric", "Alstom"), ("supplies", "Traktionssysteme", "Alstom")]),
])
def test_list_members_that_repeat_the_preposition_are_each_a_supplier(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


def test_a_preposition_repeated_for_a_place_is_no_list():
    # "from Hanon and from Korea": only companies join the list; a place is no supplier
    assert pairs("Kia buys its battery cells from Hanon and from Korea.", ["Kia", "Hanon"], "en") == [("supplies", "Hanon", "Kia")]


@pytest.mark.parametrize("sentence, companies, expected", [
    ("Depuis 2021, Volvo achète ses cellules à Northvolt.", ["Volvo", "Northvolt"], [("supplies", "Northvolt", "Volvo")]),
    ("Iveco commandera ses essieux à Dana.", ["Iveco", "Dana"], [("supplies", "Dana", "Iveco")]),
    ("Airbus a cédé sa participation à Safran.", ["Airbus", "Safran"], []),  # a sale, not a purchase of goods
])
def test_french_buying_from_a_company_is_written_with_a(sentence, companies, expected):
    assert pairs(sentence, companies, "fr") == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("de", "Die Wärmepumpen bezieht Audi seit 2022 von Mahle.", ["Audi", "Mahle"], [("supplies", "Mahle", "Audi")]),
    ("es", "El aluminio lo recibe Seat de Hydro desde este año.", ["Seat", "Hydro"], [("supplies", "Hydro", "Seat")]),
])
def test_the_customer_may_follow_the_procurement_verb(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Hanwha will supply solar panels to the factory of Rivian in Normal.", ["Hanwha", "Rivian"],
     [("supplies", "Hanwha", "Rivian")]),
    ("es", "Naturgy suministra gas a la planta de Seat en Martorell.", ["Naturgy", "Seat"], [("supplies", "Naturgy", "Seat")]),
    ("it", "A2A fornirà energia elettrica allo stabilimento di Ferrari a Maranello.", ["A2A", "Ferrari"],
     [("supplies", "A2A", "Ferrari")]),
    ("fr", "Engie fournira l'électricité de l'usine de Verkor à Dunkerque.", ["Engie", "Verkor"], [("supplies", "Engie", "Verkor")]),
])
def test_supplying_a_customers_plant_supplies_the_customer(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Marelli expects to secure an order from Volvo for lighting modules.", ["Marelli", "Volvo"], [("supplies", "Marelli", "Volvo")]),
    ("es", "Gestamp amplía su planta tras conseguir un pedido de Renault.", ["Gestamp", "Renault"], [("supplies", "Gestamp", "Renault")]),
    ("fr", "Plastic Omnium veut décrocher un contrat de Stellantis.", ["Plastic Omnium", "Stellantis"],
     [("supplies", "Plastic Omnium", "Stellantis")]),
    ("it", "Sogefi punta a ottenere una commessa da Iveco.", ["Sogefi", "Iveco"], [("supplies", "Sogefi", "Iveco")]),
])
def test_winning_an_order_in_the_infinitive(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Hitachi Astemo's biggest customer remains Honda, which buys its brakes.", ["Hitachi Astemo", "Honda"],
     [("supplies", "Hitachi Astemo", "Honda")]),
    ("it", "Il primo cliente di Brembo resta BMW.", ["Brembo", "BMW"], [("supplies", "Brembo", "BMW")]),
    ("en", "Brakes from Akebono, Toyota's second supplier for the model, arrive in May.", ["Akebono", "Toyota"],
     [("supplies", "Akebono", "Toyota")]),
    ("en", "Magna's customer is expected to report results.", ["Magna"], []),
])
def test_a_customer_or_supplier_named_by_its_partner(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("it", "Iveco si rifornisce dall'americana Cummins per i motori.", ["Iveco", "Cummins"], [("supplies", "Cummins", "Iveco")]),
    ("it", "I cerchi sono forniti a Ducati dall'austriaca Magna.", ["Ducati", "Magna"], [("supplies", "Magna", "Ducati")]),
    ("fr", "Les cellules sont livrées à Renault par l'américain Envision.", ["Renault", "Envision"], [("supplies", "Envision", "Renault")]),
])
def test_an_elided_preposition_glued_to_an_adjective_marks_the_company(lang, sentence, companies, expected):
    assert pairs(sentence, companies, lang) == expected


SECTORS = {"Polestar": ["carmaker"], "Sunwoda": ["battery_cells"], "Seat": ["carmaker"], "Renault": ["carmaker"],
           "Albemarle": ["battery_materials"], "Northvolt": ["battery_cells"]}


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Polestar signed a contract with Sunwoda for battery cells.", ["Polestar", "Sunwoda"], [("supplies", "Sunwoda", "Polestar")]),
    ("it", "Polestar ha firmato con Sunwoda un contratto per le celle.", ["Polestar", "Sunwoda"], [("supplies", "Sunwoda", "Polestar")]),
    ("de", "Northvolt schloss mit Albemarle einen Vertrag über Lithium.", ["Northvolt", "Albemarle"], [("supplies", "Albemarle", "Northvolt")]),
    ("es", "Seat firmó con Sunwoda un contrato para baterías.", ["Seat", "Sunwoda"], [("supplies", "Sunwoda", "Seat")]),
    # two companies of one tier, or no product right after the noun: no supply read from a contract
    ("en", "Seat signed a contract with Renault for engines.", ["Seat", "Renault"], []),
    # the frames leave it open (the product past an apposition); the gazetteer's chain directs it (chain_supply)
    ("en", "Polestar signed a contract with Sunwoda, its largest so far, for the cells of a test fleet.", ["Polestar", "Sunwoda"], [("supplies", "Sunwoda", "Polestar")]),
])
def test_a_contract_between_two_tiers_for_a_product(lang, sentence, companies, expected):
    got = sorted((t[0], t[1], t[2]) for t in triples(rels(sentence, companies, language=lang, sectors=SECTORS)) if t[0] == "supplies")
    assert got == expected
