"""A description followed by an apposition naming its owner ("The company, a unit of Y,", "La société,
filiale du groupe Y,", "La empresa, filial del grupo Y,", "La società, controllata dal gruppo Y,", "Das
Unternehmen, eine Tochter der Y,") is a unit of Y the story named, not the story's topic nor Y itself
(entities/owner_appositions.py, coref._owned_antecedent). Invented sentences and companies; the parents
come from a stand-in for the gazetteer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from entity_helpers import run

from tierscope.doc import Mention
from tierscope.entities import coref
from tierscope.entities.gazetteer import gazetteer
from tierscope.entities.owner_appositions import owner_after

PARENTS = {"Kestrel Energy": "Brelling Holding", "Kestrel Energie": "Brelling Holding",
           "Kestrel Energía": "Brelling Holding", "Kestrel Energia": "Brelling Holding",
           "Tarvo Lines": "Ostmark Group"}


class _Gazetteer:
    """The real gazetteer, with the invented units' parents."""

    def __init__(self, real):
        self._real = real

    def entry(self, name):
        if name in PARENTS:
            return SimpleNamespace(parent=PARENTS[name])
        return self._real.entry(name)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.fixture
def stand_in(monkeypatch):
    wrapped = _Gazetteer(gazetteer())
    monkeypatch.setattr(coref, "gazetteer", lambda: wrapped)


def refs(doc):
    return {(m.text, m.canonical) for m in doc.mentions if m.source == "coref"}


@pytest.mark.parametrize(
    "language, text, noun, unit",
    [
        ("en", "Velqua Motors Inc. builds electric buses in Leeds. Velqua Motors Inc. will buy battery packs from "
               "Kestrel Energy Ltd. The company, a unit of the Danish group Brelling Holding A/S, will deliver "
               "them from 2027.", "The company", "Kestrel Energy"),
        ("fr", "Velqua SA construit des autobus à Lyon. Velqua SA achètera des batteries à Kestrel Energie SAS. "
               "La société, filiale du groupe danois Brelling Holding A/S, les livrera à partir de 2027.",
         "La société", "Kestrel Energie"),
        ("es", "Velqua S.A. fabrica autobuses en Vitoria. Velqua S.A. comprará baterías a Kestrel Energía S.L. "
               "La empresa, filial del grupo danés Brelling Holding A/S, las entregará desde 2027.",
         "La empresa", "Kestrel Energía"),
        ("it", "Velqua S.p.A. produce autobus a Torino. Velqua S.p.A. comprerà le batterie da Kestrel Energia "
               "S.r.l. La società, controllata dal gruppo danese Brelling Holding A/S, le consegnerà dal 2027.",
         "La società", "Kestrel Energia"),
        ("de", "Die Velqua AG baut Busse in Ulm. Die Velqua AG kauft die Batterien bei der Kestrel Energie GmbH. "
               "Das Unternehmen, eine Tochter der dänischen Brelling Holding A/S, liefert sie ab 2027.",
         "Das Unternehmen", "Kestrel Energie"),
    ],
)
def test_a_description_whose_apposition_names_its_owner_is_that_owner_s_unit(stand_in, language, text, noun, unit):
    assert (noun, unit) in refs(run(text, language))


def test_without_an_owner_the_bare_description_stays_the_topic(stand_in):
    text = ("Velqua Motors Inc. builds electric buses in Leeds. Velqua Motors Inc. will buy battery packs from "
            "Kestrel Energy Ltd. The company, based in Leeds since 1990, will open a depot in 2027.")
    assert ("The company", "Velqua Motors") in refs(run(text, "en"))


def _mention(text, name, sentence=0):
    start = text.index(name)
    return Mention(start, start + len(name), name, "COMPANY", name, sentence, "pattern", {})


@pytest.mark.parametrize(
    "text, noun, owner",
    [
        ("The haulier, part of Ostmark Group, runs the shuttles.", "The haulier", "Ostmark Group"),
        ("The haulier, wholly owned by Ostmark Group, runs the shuttles.", "The haulier", "Ostmark Group"),
        ("Le transporteur, détenu par Ostmark Group, assure les navettes.", "Le transporteur", "Ostmark Group"),
        ("La operadora de transporte, propiedad de la danesa Ostmark Group, opera los autobuses.",
         "La operadora de transporte", "Ostmark Group"),
        ("La operadora, participada al cien por cien por Ostmark Group, opera los autobuses.", "La operadora",
         "Ostmark Group"),
        ("La società, di proprietà del gruppo Ostmark Group, gestisce le navette.", "La società", "Ostmark Group"),
        # an elided article ends the phrase
        ("La società, controllata dall'Ostmark Group, gestisce le navette.", "La società", "Ostmark Group"),
        ("La società, filiale dell'Ostmark Group, gestisce le navette.", "La società", "Ostmark Group"),
        ("Le transporteur, filiale de l'Ostmark Group, assure les navettes.", "Le transporteur", "Ostmark Group"),
        ("Die Spedition, eine Tochtergesellschaft der Ostmark Group, fährt die Module.", "Die Spedition",
         "Ostmark Group"),
    ],
)
def test_the_owner_of_an_apposition(text, noun, owner):
    found = owner_after(text, len(noun), [_mention(text, owner)])
    assert found is not None and found.canonical == owner


@pytest.mark.parametrize(
    "text, noun, other",
    [
        # no apposition of ownership: a customer, a partner, a town
        ("The haulier, a customer of Ostmark Group, runs the shuttles.", "The haulier", "Ostmark Group"),
        ("The haulier, which works with Ostmark Group, runs the shuttles.", "The haulier", "Ostmark Group"),
        # the owner's name too far on, past another clause
        ("The haulier, part of a network of depots, of firms, of clients, of Ostmark Group, runs it.", "The haulier",
         "Ostmark Group"),
    ],
)
def test_no_owner_without_such_an_apposition(text, noun, other):
    assert owner_after(text, len(noun), [_mention(text, other)]) is None


def _company(name, sentence):
    return Mention(sentence * 100, sentence * 100 + len(name), name, "COMPANY", name, sentence, "pattern", {})


class _Fits:
    def fits(self, c, strict=False):
        return True


def test_the_owner_itself_is_never_its_own_unit(monkeypatch):
    owner, topic = _company("Ostmark Group", 3), _company("Velqua", 2)
    monkeypatch.setattr(coref, "_window", lambda *a, **k: [owner, topic])
    monkeypatch.setattr(coref, "gazetteer", lambda: SimpleNamespace(entry=lambda name: None))
    assert coref._owned_antecedent(owner, "Ostmark Group", [], 4, 400, {}, {}, _Fits()) is None


def test_a_company_of_another_parent_gives_way_to_the_owner_s_unit(monkeypatch):
    other, unit = _company("Norvik Cells", 3), _company("Tarvo Lines", 2)
    parents = {"Norvik Cells": "Velqua", "Tarvo Lines": "Ostmark Group"}
    monkeypatch.setattr(coref, "_window", lambda *a, **k: [other, unit])
    monkeypatch.setattr(coref, "gazetteer", lambda: SimpleNamespace(
        entry=lambda name: SimpleNamespace(parent=parents[name]) if name in parents else None))
    assert coref._owned_antecedent(other, "Ostmark Group", [], 4, 400, {}, {}, _Fits()) is unit
    monkeypatch.setattr(coref, "_window", lambda *a, **k: [other])
    assert coref._owned_antecedent(other, "Ostmark Group", [], 4, 400, {}, {}, _Fits()) is None


def test_a_company_of_no_known_parent_stays_where_no_unit_of_the_owner_is_named(monkeypatch):
    chosen = _company("Velqua", 2)
    monkeypatch.setattr(coref, "_window", lambda *a, **k: [chosen])
    monkeypatch.setattr(coref, "gazetteer", lambda: SimpleNamespace(entry=lambda name: None))
    assert coref._owned_antecedent(chosen, "Ostmark Group", [], 4, 400, {}, {}, _Fits()) is chosen
