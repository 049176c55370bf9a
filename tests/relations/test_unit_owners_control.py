"""The owner of the acting company, told by a phrase of control in an apposition ("passé sous le contrôle
du fonds P", "propriété de P", "passata sotto il controllo di P", "bajo el control de P", "en manos de P") or in an ownership apposition with its short name in brackets after the full one, is
no party to that company's supply (relations/unit_owners.py, owner_appositions.py). Invented names and
sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = {"Norvik": "Norvik", "Brixo": "Brixo", "Valmera": "Valmera", "Kestrel Holding": "Kestrel Holding",
         "KH": "Kestrel Holding"}


def _supplies(text, lang, coref=None):
    return sorted((r.source, r.target) for r in rels(text, NAMES, language=lang, coref=coref) if r.type == "supplies")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le transporteur, passé sous le contrôle du fonds belge Kestrel Holding, achète ses batteries à Valmera."),
    ("fr", "Le transporteur, tombé dans le giron de Kestrel Holding, a signé avec Valmera un contrat pour la fourniture "
           "de batteries."),
    ("fr", "Le transporteur, propriété de Kestrel Holding, achète ses batteries à Valmera."),
    ("it", "L'operatore, passato sotto il controllo di Kestrel Holding, compra le batterie da Valmera."),
    ("es", "El operador, bajo el control de Kestrel Holding, compra sus baterías a Valmera."),
    ("es", "El operador, en manos del fondo Kestrel Holding, ha firmado con Valmera un contrato para el suministro "
           "de baterías."),
])
def test_a_new_controller_is_no_customer(lang, text):
    assert not any("Kestrel Holding" in pair for pair in _supplies(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("it", "Il gruppo di Bergamo, controllato dalla finanziaria olandese Kestrel Holding (KH), ha firmato con Valmera "
           "il contratto per la fornitura di trenta inverter."),
    ("en", "The tram maker, majority-owned by Kestrel Holding (KH), has signed with Valmera a contract for the supply "
           "of forty inverters."),
])
def test_a_short_name_in_brackets_is_the_owner_again(lang, text):
    assert not any("Kestrel Holding" in pair for pair in _supplies(text, lang))


@pytest.mark.parametrize("lang,text,expected", [
    # the controller that buys itself stays a party
    ("en", "Kestrel Holding, which took over the ferry operator last year, buys its battery packs from Valmera.",
     [("Valmera", "Kestrel Holding")]),
    ("fr", "Valmera livre ses pompes à Kestrel Holding, qui a repris l'exploitant.",
     [("Valmera", "Kestrel Holding")]),
])
def test_a_controller_named_as_buyer_stays(lang, text, expected):
    assert _supplies(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Norvik, the pump unit majority-owned by Dutch industrial group Kestrel Holding, ships pumps to Valmera.",
    "Norvik, the inverter business owned by South Korean conglomerate Kestrel Holding, equips every Valmera depot.",
])
def test_an_owner_described_by_its_nationality_gives_the_supply_to_its_unit(text):
    # (English writes the owner's nationality capitalised before its description)
    from tierscope.doc import Evidence, Relation
    from tierscope.relations.owner_appositions import supplies_of_apposed_units
    from .helpers import make_doc

    doc = make_doc(text, NAMES, language="en")
    taken = Relation("supplies", "Kestrel Holding", "Valmera", "active", Evidence(text, 0, len(text)))
    assert [(r.source, r.target) for r in supplies_of_apposed_units([taken], doc)] == [("Norvik", "Valmera")]
