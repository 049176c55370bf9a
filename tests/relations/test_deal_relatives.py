"""A deal told in a relative clause on one of its parties ("Y, with which X signed a contract"): a
supply between the two, directed by the gazetteer's chain (relations/deal_relatives.py)."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Albemarle", "Stellantis", "CATL", "Valeo", "Forvia"]


def _supplies(relations):
    return sorted((r.source, r.target) for r in relations if r.type == "supplies")


@pytest.mark.parametrize("text, language", [
    ("Most of the lithium now comes from Albemarle, with which Stellantis signed a ten-year contract in May.", "en"),
    ("Il litio arriverà in gran parte da Albemarle, con la quale Stellantis ha firmato a maggio un contratto decennale.", "it"),
    ("El litio llegará sobre todo de Albemarle, con la que Stellantis firmó en mayo un contrato a diez años.", "es"),
    ("Le lithium viendra surtout d'Albemarle, avec laquelle Stellantis a signé en mai un contrat de dix ans.", "fr"),
    ("Das Lithium kommt vor allem von Albemarle, mit der Stellantis im Mai einen Zehnjahresvertrag geschlossen hat.", "de"),
    # the relative's subject left out: the clause's first company
    ("Stellantis holds a small stake in Albemarle, with which it also signed a supply contract.", "en"),
])
def test_the_chain_sets_the_seller(text, language):
    assert ("Albemarle", "Stellantis") in _supplies(rels(text, NAMES, language=language))


@pytest.mark.parametrize("text, language", [
    # another tie told in the relative: no sale
    ("Stellantis praised CATL, with which it formed a joint venture in Spain last year.", "en"),
    ("Stellantis a salué Valeo, avec qui il a signé un accord de licence.", "fr"),
    ("Stellantis ha lodato CATL, con la quale ha firmato un accordo di licenza per le celle.", "it"),
    ("Stellantis elogió a CATL, con la que firmó un acuerdo de licencia para sus celdas.", "es"),
    ("Stellantis lobte CATL, mit der es einen Lizenzvertrag für Zellen geschlossen hat.", "de"),
    ("Stellantis visitó a CATL, con la que tiene un acuerdo de colaboración en celdas.", "es"),
    ("Stellantis ha visitato CATL, con la quale ha un accordo di collaborazione sulle celle.", "it"),
    # two companies the chain does not set apart, and no deal of buying: nothing
    ("Valeo a salué Forvia, avec laquelle il a signé un contrat l'an dernier.", "fr"),
])
def test_no_supply_for_another_tie_or_no_direction(text, language):
    found = _supplies(rels(text, NAMES, language=language))
    assert not any({s, t} in ({"CATL", "Stellantis"}, {"Valeo", "Stellantis"}, {"Valeo", "Forvia"}) for s, t in found)


def test_the_relative_goes_with_the_head_of_a_description():
    # "Albemarle, the unit of the CATL group, with which ...": the relative is about Albemarle, not CATL
    text = "Stellantis lobte Albemarle, die Tochter des Konzerns CATL, mit der Stellantis einen Liefervertrag hat."
    found = _supplies(rels(text, NAMES, language="de"))
    assert ("Albemarle", "Stellantis") in found and ("CATL", "Stellantis") not in found
