"""Customers or suppliers listed under a role noun with an article and a phrase of the plant or the
goods, the owner left to the story (role_lists.py). Sentences written for these tests with made-up
companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_SECTORS = {"Maltrix": ["cell maker"], "Korvan": ["carmaker"], "Tessaro": ["supplier"], "Brixo": ["supplier"], "Nordel": ["utility"]}


def _supplies(text, language):
    got = rels(text, list(_SECTORS), language=language, sectors=_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


# the owner is the company the sentence before is about
@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix has finished the roof of its cell plant in Wales. The first customer for the cells will be Korvan, which plans two vans."),
    ("fr", "Maltrix a achevé la toiture de son usine de cellules. Premier client de l'usine : Korvan, qui prévoit deux utilitaires."),
    ("it", "Maltrix ha completato il tetto della fabbrica di celle. Il primo cliente dello stabilimento sarà Korvan."),
    ("es", "Maltrix ha terminado la cubierta de su fábrica de celdas. El primer cliente de la nueva planta será Korvan."),
    ("de", "Maltrix hat das Dach seiner Zellfabrik fertiggestellt. Erster Kunde des Werks ist Korvan."),
])
def test_a_first_customer_of_the_plant_before(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Korvan builds its vans in Leeds. Among the suppliers that already deliver to the plant are Tessaro and Brixo."),
    ("fr", "Korvan assemble ses utilitaires à Douai. Parmi les fournisseurs qui livrent déjà le site figurent Tessaro et Brixo."),
    ("it", "Korvan assembla i furgoni a Cassino. Tra i fornitori che già riforniscono lo stabilimento figurano Tessaro e Brixo."),
    ("es", "Korvan monta sus furgonetas en Vigo. Entre los proveedores que ya abastecen a la factoría figuran Tessaro y Brixo."),
    ("de", "Korvan baut seine Transporter in Zwickau. Zu den Lieferanten des Werks zählen Tessaro und Brixo."),
])
def test_suppliers_of_the_plant_before(language, text):
    got = _supplies(text, language)
    assert ("Tessaro", "Korvan") in got and ("Brixo", "Korvan") in got


@pytest.mark.parametrize("language, text", [
    # a role with no rank and no "among": which customer?
    ("en", "Maltrix has finished its cell plant in Wales. The customer is Korvan, a spokesman said."),
    # the phrase names the owner itself: read in the sentence, not here
    ("en", "Maltrix has finished its cell plant in Wales. The first customer of Nordel will be Korvan."),
    # the customers of a division: the story's company may be its parent
    ("it", "Maltrix ha completato la fabbrica. Il primo cliente della divisione sarà Korvan."),
])
def test_no_role_list_read(language, text):
    assert ("Maltrix", "Korvan") not in _supplies(text, language)


# no rank: the role with a phrase of its goods
@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix started its cell line in Wales in May. The buyers of the cells are so far only Korvan."),
    ("fr", "Maltrix a démarré sa ligne de cellules à Lille. Les clients des cellules sont pour l'instant Korvan."),
    ("it", "Maltrix ha avviato la linea di celle a Torino. I clienti delle celle sono per ora Korvan."),
    ("es", "Maltrix ha arrancado su línea de celdas en Valencia. Los clientes de las celdas son por ahora Korvan."),
    ("de", "Maltrix hat in Kolkwitz die Zellfertigung gestartet. Abnehmer der Zellen ist bislang ausschließlich Korvan."),
])
def test_customers_of_the_goods(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


# the list first, then a copula and the role of the plant or its output
@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix opened its cell plant in Wales in 2024. Korvan remains the only customer of the plant."),
    ("fr", "Maltrix a ouvert son usine de cellules à Lille en 2024. Korvan reste le seul client de l'usine française."),
    ("it", "Maltrix ha aperto la fabbrica di celle a Torino nel 2024. Korvan resta il principale cliente dello stabilimento."),
    ("es", "Maltrix abrió su fábrica de celdas en Valencia en 2024. Según fuentes del sector, Korvan sería el primer destinatario de la producción."),
    ("de", "Maltrix hat sein Zellwerk in Kolkwitz 2024 eröffnet. Korvan ist der letzte große Kunde des Werks."),
])
def test_a_company_placed_as_the_plant_s_customer(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


def test_the_plant_of_a_named_company_is_read_in_the_sentence():
    text = "Maltrix opened its cell plant in Wales in 2024. Korvan remains the only customer of the Nordel plant."
    assert ("Maltrix", "Korvan") not in _supplies(text, "en")


@pytest.mark.parametrize("language, text", [
    # no rank, and the phrase names neither goods nor a plant: an award, not a role in the chain
    ("de", "Maltrix hat in Kolkwitz ein Werk eröffnet. Lieferant des Jahres ist Korvan."),
    ("en", "Maltrix opened a plant in Wales. Korvan is the supplier of the year."),
])
def test_an_award_is_no_role(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") not in got and ("Korvan", "Maltrix") not in got


def test_a_bare_plural_role_before_include():
    sectors = {"Maltrix": ["cell maker"], "Korvan": ["carmaker"], "Tessaro": ["carmaker"]}
    text = "Maltrix makes cells in Ohio. Customers include Korvan and Tessaro."
    got = {(s, d) for t, s, d, _st, _p in triples(rels(text, list(sectors), language="en", sectors=sectors)) if t == "supplies"}
    assert {("Maltrix", "Korvan"), ("Maltrix", "Tessaro")} <= got
    assert ("Maltrix", "Korvan") not in _supplies("Maltrix makes cells in Ohio. Analysts include Korvan.", "en")
