"""Orders given and customers named in a relative, in every language where the shape exists.

* The order named first, the one given it after "to": "Brixo a attribué le contrat de sièges à
  Kestrel", "ha assegnato la commessa a Kestrel", "asignó el contrato de asientos a Kestrel" (the
  recipient-first order, "attribué à Kestrel le marché", was read already; Italian had it only with
  a clitic).
* An order named with the customer in a relative: "the order Brixo placed with Kestrel", "la
  commande que Brixo a passée à Kestrel", "la commessa che Brixo aveva affidato a Kestrel", "el
  pedido que Brixo había hecho a Kestrel", "den Auftrag, den Brixo an Kestrel vergeben hatte".
* German relatives with the verb last whose pronoun is the object: "Brixo, den Kestrel mit Zellen
  beliefert" (the accusative), and "Porsche, die ElringKlinger mit Gehäusen beliefert" where the
  gazetteer's chain says the carmaker is the one supplied.

The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def supplies(sentence, companies, lang, **kw):
    return sorted((t[1], t[2]) for t in triples(rels(sentence, companies, language=lang, **kw)) if t[0] == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Brixo a attribué le contrat de sièges à Kestrel pour dix ans."),
    ("fr", "Brixo confie la production de ses cellules à Kestrel."),
    ("fr", "Brixo a attribué le marché au groupe Kestrel."),
    ("it", "Brixo ha assegnato la commessa a Kestrel."),
    ("it", "Brixo ha affidato la produzione delle celle a Kestrel."),
    ("it", "Brixo ha affidato a Kestrel la fornitura dei sedili."),
    ("it", "Brixo ha assegnato alla tedesca Kestrel un contratto da 200 milioni."),
    ("es", "Brixo asignó el contrato de asientos a Kestrel."),
    ("es", "Brixo confía la fabricación de sus celdas a Kestrel."),
    ("es", "Brixo otorgó el pedido al grupo alemán Kestrel."),
])
def test_an_order_given_to_a_supplier(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("lang, sentence", [
    # a post or a task entrusted is no order
    ("fr", "Brixo a confié la direction du projet à l'ancien patron de Kestrel."),
    ("it", "Brixo ha affidato la guida del gruppo all'ex capo di Kestrel."),
    ("fr", "Brixo a confié la présidence à Kestrel."),
])
def test_a_task_given_supplies_nothing(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The dispute centres on the order Brixo placed with Kestrel in 2020 for battery cells."),
    ("en", "The contract that Brixo awarded to Kestrel covers seats."),
    ("fr", "La commande que Brixo a passée à Kestrel porte sur 300 bus."),
    ("fr", "Le contrat que Brixo avait attribué à Kestrel porte sur des cellules."),
    ("it", "La commessa che Brixo aveva affidato a Kestrel riguarda 40 treni."),
    ("es", "El pedido que Brixo había hecho a Kestrel incluye 300 autobuses."),
    ("es", "El contrato que Brixo adjudicó a Kestrel incluye celdas."),
    ("de", "Den Auftrag, den Brixo an Kestrel vergeben hatte, hat der Konzern bestätigt."),
    ("de", "Die Bestellung, die Brixo bei Kestrel platziert hat, umfasst 300 Busse."),
])
def test_an_order_whose_customer_is_named_in_a_relative(lang, sentence):
    assert supplies(sentence, ["Brixo", "Kestrel"], lang) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("sentence, expected", [
    ("Brixo, den Kestrel mit Zellen beliefert, meldet Rekorde.", [("Kestrel", "Brixo")]),
    ("Brixo, welchen Kestrel seit Jahren beliefert, meldet Rekorde.", [("Kestrel", "Brixo")]),
    # nominative and accusative alike: the subject reading stays
    ("Kestrel, das Brixo mit Zellen beliefert, meldet Rekorde.", [("Kestrel", "Brixo")]),
])
def test_german_object_relative(sentence, expected):
    assert supplies(sentence, ["Brixo", "Kestrel"], "de") == expected


@pytest.mark.parametrize("sentence", [
    "Zu den Kunden zählen Brixo, die Kestrel mit Batteriegehäusen beliefert.",
    "Brixo, das Kestrel seit Jahren mit Zellen beliefert, baut ein Werk.",
])
def test_german_die_das_relative_read_by_the_chain(sentence):
    sectors = {"Brixo": ["carmaker"], "Kestrel": ["supplier"]}
    assert supplies(sentence, ["Brixo", "Kestrel"], "de", sectors=sectors) == [("Kestrel", "Brixo")]


@pytest.mark.parametrize("sentence, status", [
    # the relative's antecedent chose the supplier, whatever preposition governs it
    ("Der Vertrag mit Brixo, der Kestrel als Lieferanten ausgewählt hatte, ist erloschen.", "ended"),
    ("Der Vertrag mit Brixo, der Kestrel 2022 als Lieferanten für Modulgehäuse ausgewählt hatte, ist erloschen.", "ended"),
    # a year between the name and "als"
    ("Brixo hat Kestrel 2022 als Lieferanten ausgewählt.", "active"),
])
def test_german_chooser_in_a_relative_and_a_year_before_als(sentence, status):
    got = [(t[1], t[2], t[3]) for t in triples(rels(sentence, ["Brixo", "Kestrel"], language="de")) if t[0] == "supplies"]
    assert got == [("Kestrel", "Brixo", status)]


def test_german_partner_chosen_is_no_supplier():
    assert supplies("Brixo, das Kestrel 2022 als Partner gewählt hat, wächst.", ["Brixo", "Kestrel"], "de") == []
