"""Two companies named side by side as parties of the same kind, "alongside" each other as suppliers or
in one list of customers, are not each other's supplier and customer (relations/co_suppliers.py,
drop_alongside and drop_listed_customers)."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.co_suppliers import drop_alongside

from .helpers import make_doc, rels

NAMES = ["Brakon", "Selvio", "Quarda"]


def _supply(doc, source, target):
    s = doc.sentences[0]
    return Relation(type="supplies", source=source, target=target, status="active",
                    evidence=Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end))


@pytest.mark.parametrize("text, language", [
    ("Brakon picked Selvio as a second supplier alongside Quarda for its power chips.", "en"),
    ("Brakon a retenu Selvio comme second fournisseur aux côtés de Quarda pour ses puces.", "fr"),
    ("Brakon hat Selvio als zweiten Lieferanten neben Quarda für seine Leistungschips ausgewählt.", "de"),
    ("Brakon sceglie Selvio come secondo fornitore accanto a Quarda per i suoi chip di potenza.", "it"),
    ("Brakon eligió a Selvio como segundo proveedor junto a Quarda para sus chips de potencia.", "es"),
    ("Besides its partner Quarda, market leader Selvio will also ship cells for the entry models.", "en"),
    ("Outre son partenaire Quarda, le numéro un Selvio livrera aussi des cellules.", "fr"),
    ("Neben dem Partner Quarda soll künftig auch der Marktführer Selvio Zellen liefern.", "de"),
    ("Oltre al partner Quarda, anche il leader Selvio fornirà celle per i modelli base.", "it"),
    ("Además del socio Quarda, también el líder Selvio suministrará celdas.", "es"),
])
@pytest.mark.parametrize("source, target", [("Selvio", "Quarda"), ("Quarda", "Selvio")])
def test_a_supply_between_companies_named_alongside_is_dropped(text, language, source, target):
    doc = make_doc(text, NAMES, language=language)
    assert drop_alongside([_supply(doc, source, target)], doc) == []


@pytest.mark.parametrize("text, language", [
    ("Besides Quarda, Selvio also supplies Brakon with cells.", "en"),
    ("Neben Quarda beliefert Selvio auch Brakon mit Zellen.", "de"),
    ("Oltre a Quarda, Selvio rifornisce anche Brakon.", "it"),
])
def test_a_customer_named_alongside_keeps_its_supply(text, language):
    # without a supplier noun or "also" before the seller, the one named alongside may be a customer
    doc = make_doc(text, NAMES, language=language)
    kept = _supply(doc, "Selvio", "Quarda")
    assert drop_alongside([kept], doc) == [kept]


@pytest.mark.parametrize("text, language", [
    ("Moduli di potenza: Brakon ha preso Selvio come nuovo fornitore accanto a Quarda.", "it"),
    ("Neben dem koreanischen Partner Quarda soll ab 2027 auch der Branchenprimus Selvio Module für die Kompaktwagen liefern.", "de"),
])
def test_pipeline_reads_no_supply_between_the_two(text, language):
    got = {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "supplies"}
    assert not got & {("Selvio", "Quarda"), ("Quarda", "Selvio")}


# two members of one list of customers (co_suppliers.drop_listed_customers)
@pytest.mark.parametrize("text, language", [
    ("Its customers include Selvio, which buys batteries for its trains, and bus maker Quarda, equipped with its systems since 2020.", "en"),
    ("Parmi ses clients figurent Selvio, qui lui commande des batteries pour ses tramways, et l'autocariste Quarda, lui aussi équipé de ses systèmes.", "fr"),
    ("Zu den Kunden zählen Selvio, das Batterien für seine Züge kauft, und der Busbauer Quarda, der seit 2020 mit ihren Systemen fährt.", "de"),
    ("Tra i clienti figurano Selvio, che acquista batterie per i suoi treni, e il carrozziere Quarda, equipaggiato con i suoi sistemi dal 2020.", "it"),
    ("Entre sus clientes figuran Selvio, que le compra baterías para sus trenes, y el carrocero Quarda, equipado con sus sistemas desde 2020.", "es"),
])
@pytest.mark.parametrize("source, target", [("Selvio", "Quarda"), ("Quarda", "Selvio")])
def test_two_listed_customers_supply_no_one_another(text, language, source, target):
    from tierscope.relations.co_suppliers import drop_listed_customers
    doc = make_doc(text, NAMES, language=language)
    assert drop_listed_customers([_supply(doc, source, target)], doc) == []


def test_a_listed_customer_keeps_its_own_supplier():
    from tierscope.relations.co_suppliers import drop_listed_customers
    doc = make_doc("Its customers include Selvio, which buys cathodes from Quarda for its cells.", NAMES, language="en")
    kept = _supply(doc, "Quarda", "Selvio")
    assert drop_listed_customers([kept], doc) == [kept]


@pytest.mark.parametrize("text, language", [
    ("Its customers include Selvio, which buys batteries for its trains, and bus maker Quarda, equipped with its systems since 2020.", "en"),
    ("Parmi ses clients figurent Selvio, qui lui commande des batteries pour ses tramways, et l'autocariste Quarda, lui aussi équipé de ses systèmes.", "fr"),
    ("Tra i clienti figurano Selvio, che acquista batterie per i suoi treni, e il carrozziere Quarda, equipaggiato con i suoi sistemi dal 2020.", "it"),
])
def test_pipeline_reads_no_supply_between_listed_customers(text, language):
    got = {(r.source, r.target) for r in rels(text, NAMES, language=language) if r.type == "supplies"}
    assert not got & {("Selvio", "Quarda"), ("Quarda", "Selvio")}
