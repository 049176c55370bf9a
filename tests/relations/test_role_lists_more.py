"""A list that goes on from the customers told before ("Other customers include X and Y", "Weitere Abnehmer
sind X", "D'autres clients sont X", "Altri clienti sono X", "Otros clientes son X"), and the German list in
verb-second order ("Inzwischen zählen auch X und Y zu den Abnehmern"): the customers of the owner the story
gives (role_lists.py). Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_SECTORS = {"Maltrix": ["cell maker"], "Korvan": ["carmaker"], "Tessaro": ["carmaker"], "Brixo": ["carmaker"],
            "Nordel": ["cell maker"]}


def _supplies(text, language):
    got = rels(text, list(_SECTORS), language=language, sectors=_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix has made cells in Erfurt since 2022. Other customers include Tessaro and Brixo."),
    ("en", "Maltrix has made cells in Erfurt since 2022. Further customers are Tessaro and Brixo."),
    ("fr", "Maltrix fabrique des cellules à Erfurt depuis 2022. D'autres clients sont Tessaro et Brixo."),
    ("it", "Maltrix produce celle a Erfurt dal 2022. Altri clienti sono Tessaro e Brixo."),
    ("es", "Maltrix fabrica celdas en Erfurt desde 2022. Otros clientes son Tessaro y Brixo."),
    ("de", "Maltrix fertigt seit 2022 Zellen in Erfurt. Weitere Abnehmer sind der schwedische Lkw-Bauer Tessaro und Brixo."),
])
def test_more_customers_listed_for_the_company_before(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Tessaro") in got and ("Maltrix", "Brixo") in got


@pytest.mark.parametrize("text", [
    "Maltrix fertigt seit 2022 Zellen in Erfurt. Inzwischen zählen auch Tessaro und der Lkw-Bauer Brixo zu den Abnehmern.",
    "Maltrix fertigt seit 2022 Zellen in Erfurt. Seit diesem Jahr gehören auch Tessaro und Brixo zu den Kunden des Werks.",
])
def test_german_verb_second_list_of_customers(text):
    got = _supplies(text, "de")
    assert ("Maltrix", "Tessaro") in got and ("Maltrix", "Brixo") in got


@pytest.mark.parametrize("language, text", [
    # the owner named after the role: its own list, read in the sentence
    ("de", "Maltrix fertigt seit 2022 Zellen in Erfurt. Inzwischen zählen auch Tessaro und Brixo zu den Kunden von Nordel."),
    ("en", "Maltrix has made cells in Erfurt since 2022. Other customers of Nordel include Tessaro and Brixo."),
    ("it", "Maltrix produce celle a Erfurt dal 2022. Altri clienti di Nordel sono Tessaro e Brixo."),
    # no list after the verb
    ("en", "Maltrix has made cells in Erfurt since 2022. Other customers are struggling, Tessaro said."),
])
def test_no_list_for_the_company_before(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Tessaro") not in got and ("Maltrix", "Brixo") not in got


@pytest.mark.parametrize("language, text", [
    # a short phrase and a comma before the role, which may take an indefinite article ("un seul client")
    ("en", "Maltrix has started its first cell line in Tarnów. For now, the only customer is Korvan."),
    ("fr", "Maltrix a lancé sa première ligne de cellules à Tarnów. Pour l'instant, un seul client : Korvan, qui assemble des utilitaires."),
    ("it", "Maltrix ha avviato la prima linea di celle a Tarnów. Per ora, l'unico cliente è Korvan."),
    ("es", "Maltrix ha puesto en marcha su primera línea de celdas en Tarnów. Por ahora, el único cliente es Korvan."),
])
def test_a_ranked_customer_after_a_short_lead(language, text):
    assert ("Maltrix", "Korvan") in _supplies(text, language)


def test_no_ranked_customer_after_a_lead_naming_a_company():
    got = _supplies("Maltrix has started its first cell line in Tarnów. Unlike Nordel, the only customer is Korvan.", "en")
    assert ("Maltrix", "Korvan") not in got


def test_a_german_inverted_list_of_references_alone_reads_nothing():
    # the list holds a reference back only, no name: nothing to read (it raised an IndexError)
    got = rels("Maltrix fertigt Zellen in Ulm. Seit Mai zählen auch die Schweden zu den Abnehmern.", list(_SECTORS),
               language="de", sectors=_SECTORS, coref={"die Schweden": "Korvan"})
    assert isinstance(got, list)


#: one more customer or supplier, singular, goes on from those told before as the plural does
_ONE_MORE_SECTORS = {"Vardo": ["carmaker"], "Quillon": ["cell maker"], "Pemberly": ["carmaker"], "Kelmor": ["supplier"]}


def _one_more(text, language):
    got = rels(text, list(_ONE_MORE_SECTORS), language=language, sectors=_ONE_MORE_SECTORS)
    return {(s, d) for t, s, d, _st, _p in triples(got) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Quillon winds pouch cells near Gdańsk. One other customer is Pemberly."),
    ("fr", "Quillon produit des cellules souples près de Gdańsk. Un autre client est Pemberly."),
    ("fr", "Quillon produit des cellules souples près de Gdańsk. Autre client : Pemberly."),
    ("it", "Quillon produce celle a sacchetto vicino a Danzica. Un altro cliente sarà Pemberly."),
    ("it", "Quillon produce celle a sacchetto vicino a Danzica. Un nuovo cliente è Pemberly."),
    ("es", "Quillon fabrica celdas tipo bolsa cerca de Gdansk. Otro cliente es Pemberly."),
    ("es", "Quillon fabrica celdas tipo bolsa cerca de Gdansk. Un nuevo cliente será Pemberly."),
    ("de", "Quillon fertigt Pouchzellen bei Danzig. Ein weiterer Kunde ist Pemberly."),
    ("de", "Quillon fertigt Pouchzellen bei Danzig. Ein anderer Abnehmer wird Pemberly."),
])
def test_one_more_customer_for_the_company_before(language, text):
    assert ("Quillon", "Pemberly") in _one_more(text, language)


@pytest.mark.parametrize("language, text", [
    ("fr", "Vardo assemble des fourgons à Brno. Un autre fournisseur est Quillon."),
    ("it", "Vardo assembla furgoni a Brno. Un altro fornitore è Quillon."),
    ("es", "Vardo ensambla furgonetas en Brno. Otro proveedor es Quillon."),
    ("de", "Vardo baut Transporter in Brünn. Ein weiterer Lieferant ist Quillon."),
    ("de", "Vardo baut Transporter in Brünn. Ein weiterer Zulieferer ist Kelmor."),
])
def test_one_more_supplier_for_the_company_before(language, text):
    got = _one_more(text, language)
    assert ("Quillon", "Vardo") in got or ("Kelmor", "Vardo") in got


@pytest.mark.parametrize("language, text", [
    # the owner named in the role's phrase: read in the sentence, not for the company before
    ("fr", "Quillon produit des cellules souples près de Gdańsk. Un autre client de Vardo est Pemberly."),
    ("it", "Quillon produce celle a sacchetto vicino a Danzica. Un altro cliente di Vardo è Pemberly."),
    ("de", "Quillon fertigt Pouchzellen bei Danzig. Ein weiterer Kunde von Vardo ist Pemberly."),
    # no list after the role: a name set off by commas, or a verb that is no copula
    ("es", "Quillon fabrica celdas tipo bolsa cerca de Gdansk. Otro cliente, Pemberly, ha aplazado sus pedidos."),
    ("fr", "Quillon produit des cellules souples près de Gdańsk. Un autre client a quitté Pemberly."),
])
def test_no_one_more_customer_without_a_list(language, text):
    assert ("Quillon", "Pemberly") not in _one_more(text, language)
