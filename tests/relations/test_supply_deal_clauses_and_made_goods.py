"""Supply sentences where the argument assignment around the trigger failed: the customer is the other
signer of a deal whose relative clause (or the clause after its colon) tells the supply ("X signed an
agreement under which Y will supply cells"), and goods made by the supplier in a relative clause are
delivered to the customer, with the participle or the "se" passive of Italian and Spanish ("Le celle
che Y produce vengono consegnate a Z", "Las celdas que Y fabrica se entregan a Z"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("en", "Volvo Cars has signed an agreement under which Northvolt will supply cells from 2027.",
     ["Volvo Cars", "Northvolt"], [("Northvolt", "Volvo Cars")]),
    ("en", "Volvo Cars has signed a contract with Northvolt, under which the Swedish group will supply cells from 2027.",
     {"Volvo Cars": "Volvo Cars", "Northvolt": "Northvolt", "the Swedish group": "Northvolt"}, [("Northvolt", "Volvo Cars")]),
    ("fr", "Renault a signé un accord aux termes duquel Verkor fournira des cellules dès 2027.",
     ["Renault", "Verkor"], [("Verkor", "Renault")]),
    ("it", "Iveco ha firmato un accordo in base al quale Microvast fornirà celle dal 2027.",
     ["Iveco", "Microvast"], [("Microvast", "Iveco")]),
    ("es", "Seat ha firmado un acuerdo por el que Gotion suministrará celdas a partir de 2027.",
     ["Seat", "Gotion"], [("Gotion", "Seat")]),
    ("de", "Daimler Truck hat einen Vertrag unterzeichnet, wonach CATL ab 2027 Zellen liefern wird.",
     ["Daimler Truck", "CATL"], [("CATL", "Daimler Truck")]),
    # the subject is the supplier: the "with" partner buys
    ("en", "Northvolt signed a deal with Scania under which Northvolt will deliver cells until 2030.",
     ["Northvolt", "Scania"], [("Northvolt", "Scania")]),
    # after a colon, a party of the deal supplies the other
    ("it", "Iveco ha firmato con Microvast un contratto: dal 2027 Microvast fornirà celle per i furgoni.",
     ["Iveco", "Microvast"], [("Microvast", "Iveco")]),
])
def test_the_other_signer_of_the_deal_buys(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # after a colon, a company outside the deal: nothing read from the deal
    ("en", "Iveco signed a contract with Microvast: meanwhile CATL will supply cells to Daimler Truck.",
     ["Iveco", "Microvast", "CATL", "Daimler Truck"]),
    # the deal has one party, the supplier itself
    ("en", "Northvolt signed an agreement under which it will supply cells from 2027.", ["Northvolt"]),
])
def test_no_signer_outside_the_deal(lang, sentence, companies):
    found = supplies(sentence, companies, lang)
    assert all(t not in ("Iveco", "Microvast") for _, t in found)
    assert all(s != t for s, t in found)


@pytest.mark.parametrize("lang, sentence, companies, expected", [
    ("it", "Le celle che PowerCo produce a Salzgitter vengono consegnate agli stabilimenti di Volkswagen.",
     ["PowerCo", "Volkswagen"], [("PowerCo", "Volkswagen")]),
    ("it", "I moduli prodotti da Comau sono stati consegnati a Stellantis.", ["Comau", "Stellantis"], [("Comau", "Stellantis")]),
    ("es", "Las celdas que PowerCo fabrica en Valencia se entregan a las plantas de Seat.",
     ["PowerCo", "Seat"], [("PowerCo", "Seat")]),
    ("es", "Las celdas producidas por Ultium Cells se entregan a las plantas de montaje de General Motors.",
     ["Ultium Cells", "General Motors"], [("Ultium Cells", "General Motors")]),
    ("es", "Los asientos fueron entregados a Ford por Lear.", ["Ford", "Lear"], [("Lear", "Ford")]),
    # the maker named by a participle in the subject, the customer owning the plants supplied
    ("fr", "Les cellules produites par Ultium Cells sont livrées aux usines de General Motors.",
     ["Ultium Cells", "General Motors"], [("Ultium Cells", "General Motors")]),
    ("it", "Le celle prodotte da Ultium Cells vengono consegnate agli stabilimenti di General Motors.",
     ["Ultium Cells", "General Motors"], [("Ultium Cells", "General Motors")]),
    ("en", "The cells produced by Ultium Cells are now delivered to the plants of General Motors.",
     ["Ultium Cells", "General Motors"], [("Ultium Cells", "General Motors")]),
    ("fr", "Les cellules que PowerCo produit à Salzgitter sont livrées aux usines de Volkswagen.",
     ["PowerCo", "Volkswagen"], [("PowerCo", "Volkswagen")]),
])
def test_goods_made_by_the_supplier_are_delivered_to_the_customer(lang, sentence, companies, expected):
    assert supplies(sentence, companies, lang) == expected


@pytest.mark.parametrize("lang, sentence, companies", [
    # "se abastece de": a purchase, the reflexive is no passive; "a partir de" is no recipient
    ("es", "Seat se abastece de celdas de PowerCo a partir de 2026.", ["Seat", "PowerCo"]),
])
def test_a_reflexive_purchase_stays_a_purchase(lang, sentence, companies):
    assert supplies(sentence, companies, lang) == [("PowerCo", "Seat")]
