"""Two readings of supply deals, whole pipeline, invented companies:

* goods of one car of the customer's, in the singular, after a verb of supplying ("fournira les cellules
  de la future citadine de Y", "fornirà le celle della nuova utilitaria di Y"): the car's maker is the
  customer, as with the plural ranges the lexicons list ("des futures citadines de Y");
* a supply deal or talks "between A and B" told by a third company ("X a confirmé des discussions entre A
  et B pour un contrat d'approvisionnement", "X said a supply deal was signed between A and B"): the deal
  is the pair's; the teller is no party of it;
* one named among a company's investors ("X figure parmi les investisseurs de Y", "Y compte X parmi ses
  investisseurs") invests in it; "investisseurs" with no company's "de" or possessive names no tie."""

from __future__ import annotations

import pytest


def _pairs(doc):
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("lang, text, pair", [
    ("fr", "Valmont Cellules fournira les cellules de la future citadine de Kervan Motors.",
     ("Valmont Cellules", "Kervan Motors")),
    ("fr", "Valmont Cellules livrera les batteries du nouveau SUV de Kervan Motors.",
     ("Valmont Cellules", "Kervan Motors")),
    ("it", "Varenna Batterie fornirà le celle della nuova utilitaria di Trevano Motori.",
     ("Varenna Batterie", "Trevano Motori")),
    ("es", "Varo Baterías suministrará las celdas del nuevo utilitario de Kervan Motors.",
     ("Varo Baterías", "Kervan Motors")),
])
def test_goods_of_one_car_name_its_maker_the_customer(lang, text, pair, read_page):
    assert pair in _pairs(read_page(text, lang))


@pytest.mark.parametrize("lang, text, pair, teller", [
    ("fr", "Garonne Capital a confirmé que des discussions étaient en cours entre Quillan Cathodes et Ardelis "
           "Batteries pour un contrat d'approvisionnement.", ("Quillan Cathodes", "Ardelis Batteries"), "Garonne Capital"),
    ("fr", "Garonne Capital a indiqué qu'un contrat de fourniture a été signé entre Quillan Matériaux et Ardelis Batteries.",
     ("Quillan Matériaux", "Ardelis Batteries"), "Garonne Capital"),
    ("en", "Garonne Capital confirmed that talks were under way between Quillan Materials and Ardelis Batteries "
           "on a supply contract.", ("Quillan Materials", "Ardelis Batteries"), "Garonne Capital"),
    ("it", "Garonne Capital ha confermato che sono in corso trattative tra Quillan Materiali e Ardelis Batterie per "
           "un contratto di fornitura.", ("Quillan Materiali", "Ardelis Batterie"), "Garonne Capital"),
])
def test_a_deal_between_two_companies_is_theirs_not_the_tellers(lang, text, pair, teller, read_page):
    got = _pairs(read_page(text, lang))
    assert pair in got
    assert not any(teller in p for p in got)


@pytest.mark.parametrize("text", [
    "Garonne Capital figure également parmi les investisseurs d'Ardelis Batteries.",
    "Ardelis Batteries compte Garonne Capital parmi ses investisseurs.",
])
def test_one_named_among_a_companys_investors_invests_in_it(text, read_page):
    doc = read_page(text, "fr")
    assert ("Garonne Capital", "Ardelis Batteries") in {(r.source, r.target) for r in doc.relations if r.type == "invests_in"}


@pytest.mark.parametrize("text", [
    "Parmi les investisseurs de long terme, Garonne Capital a salué les résultats d'Ardelis Batteries.",
    "Les investisseurs d'Ardelis Batteries ont salué l'accord avec Garonne Capital.",
])
def test_investors_alone_name_no_stake(text, read_page):
    assert not [r for r in read_page(text, "fr").relations if r.type == "invests_in"]
