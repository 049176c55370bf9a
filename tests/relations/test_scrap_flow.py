"""Scrap and used batteries flow down the chain to whoever takes them back (``relations/scrap_flow.py``,
the product "scrap" of ``lexicon/products.py``, ``lexicon/_shared.TAKING_WASTE``); scrap recycled or
treated "for" a company is a service the recycler sells. Invented sentences; real companies where the
gazetteer's kinds are read."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.products import products_in

from .helpers import make_doc


def _supplies(text, names, lang):
    doc = RelationExtractor()(make_doc(text, names, language=lang))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("text", [
    "the battery scrap", "waste batteries", "end-of-life batteries", "le batterie esauste", "gli scarti di produzione",
    "Altbatterien", "der Batterieschrott", "les batteries usagées", "les rebuts", "las baterías de desecho", "la chatarra",
])
def test_waste_is_its_own_product(text):
    assert [name for _, name in products_in(text)] == ["scrap"]


@pytest.mark.parametrize("lang,text", [
    # a carmaker's scrap goes to the materials maker, not the materials maker's goods to the carmaker
    ("de", "Renault unterzeichnete im Frühjahr mit BASF einen Rahmenvertrag zur Rücknahme von Batterieschrott aus Douai."),
    ("en", "BASF agreed with Renault to take back scrap from the Douai line."),
])
def test_scrap_goes_down_the_chain(lang, text):
    assert _supplies(text, ["Renault", "BASF"], lang) == {("Renault", "BASF")}


@pytest.mark.parametrize("lang,text", [
    ("es", "Desde marzo Cylib mantiene contactos con Stellantis para hacerse con las baterías usadas de sus fábricas."),
    ("en", "Cylib is in talks with Stellantis about collecting end-of-life batteries from its plants."),
])
def test_a_recycler_receives_scrap(lang, text):
    assert _supplies(text, ["Cylib", "Stellantis"], lang) == {("Stellantis", "Cylib")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Orvane is in talks with Pelmor about taking back end-of-life batteries."),
    ("en", "Orvane is in talks with Pelmor about handling scrap from its two plants."),
    ("it", "Orvane è in trattativa con Pelmor per ritirare le batterie esauste dei suoi stabilimenti."),
    ("de", "Orvane verhandelt mit Pelmor über die Rücknahme von Batterieschrott."),
    ("fr", "Orvane est en discussions avec Pelmor pour récupérer les batteries usagées de ses usines."),
    ("es", "Orvane negocia con Pelmor la recogida de sus baterías usadas."),
])
def test_talks_about_taking_waste_make_the_partner_the_supplier(lang, text):
    assert _supplies(text, ["Orvane", "Pelmor"], lang) == {("Pelmor", "Orvane")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Umicore recycles production scrap for Renault at its Hoboken site."),
    ("fr", "Umicore a signé avec Renault un contrat pour traiter les batteries en fin de vie du constructeur."),
])
def test_scrap_treated_for_a_company_is_a_service(lang, text):
    assert _supplies(text, ["Umicore", "Renault"], lang) == {("Umicore", "Renault")}


def test_goods_other_than_scrap_keep_the_chain():
    assert _supplies("Renault has signed a contract with BASF for cathode material.", ["Renault", "BASF"], "en") == {
        ("BASF", "Renault")}


@pytest.mark.parametrize("lang,text", [
    # a recycler's verb of taking waste: the waste's source, named by "of" or "from", supplies
    ("en", "Orvane collects the end-of-life batteries of Pelmor at three sites."),
    ("it", "Orvane recupera le batterie esauste di Pelmor nel suo impianto di Lodi."),
    ("it", "Orvane ritira gli scarti di produzione di Pelmor."),
    ("de", "Orvane nimmt Altbatterien von Pelmor zurück."),
    ("de", "Orvane sammelt den Batterieschrott von Pelmor ein."),
    ("fr", "Orvane récupère les batteries usagées de Pelmor."),
    ("es", "Orvane recoge las baterías usadas de Pelmor en Burgos."),
])
def test_a_recycler_taking_waste_is_supplied(lang, text):
    assert _supplies(text, ["Orvane", "Pelmor"], lang) == {("Pelmor", "Orvane")}
