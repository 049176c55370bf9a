"""Customers or suppliers laid out as bullet lines under a sentence that names their role and ends in
a colon (bullet_lists.py). Sentences written for these tests with made-up companies; each line is a
sentence, as the page reader splits bullet lines."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tierscope.doc import Sentence
from tierscope.relations import RelationExtractor

from .helpers import make_doc, triples

_NAMES = ["Korvan", "Maltrix", "Tessaro", "Nordel", "Brixo"]
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ¿\"«])|\n+")


def _supplies(text, language, coref=None):
    doc = make_doc(text, _NAMES, language=language, coref=coref)
    sentences, pos = [], 0
    for m in _SPLIT.finditer(text):
        sentences.append(Sentence(pos, m.start(), 0))
        pos = m.end()
    sentences.append(Sentence(pos, len(text), 0))
    index = lambda at: next(i for i, s in enumerate(sentences) if s.start <= at < s.end)  # noqa: E731
    mentions = [dataclasses.replace(m, sentence=index(m.start)) for m in doc.mentions]
    doc = dataclasses.replace(doc, sentences=sentences, mentions=mentions)
    return {(s, d) for t, s, d, _st, _p in triples(RelationExtractor()(doc).relations) if t == "supplies"}


@pytest.mark.parametrize("language, text", [
    ("en", "Maltrix opened a second line in Ohio this spring. Maltrix's customers in Europe include:\n"
           "- Korvan, for its delivery vans;\n- Tessaro, for the base version of its hatchback."),
    ("fr", "Maltrix a ouvert une deuxième ligne à Lille. Parmi ses clients figurent aujourd'hui :\n"
           "- Korvan, pour ses utilitaires ;\n- Tessaro, pour sa citadine."),
    ("de", "Maltrix hat in Kolkwitz eine zweite Linie eröffnet. Zu den Kunden gehören derzeit:\n"
           "- Korvan, für seine Transporter;\n- Tessaro, für den Kleinwagen."),
    ("it", "Maltrix ha aperto una seconda linea a Torino. Tra i clienti attuali figurano:\n"
           "- Korvan, per i furgoni;\n- Tessaro, per la citycar."),
    ("es", "Maltrix ha abierto una segunda línea en Valencia. Entre sus clientes actuales están:\n"
           "- Korvan, para sus furgonetas;\n- Tessaro, para el utilitario."),
])
def test_listed_customers_of_the_company_named_before(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") in got and ("Maltrix", "Tessaro") in got


@pytest.mark.parametrize("language, text", [
    ("en", "Korvan builds its vans in Leeds. In Leeds the group relies on a ring of long-standing suppliers:\n"
           "- Maltrix, for axles;\n- Tessaro, for seats."),
    ("fr", "Korvan assemble ses utilitaires à Douai. Sur place, le groupe s'appuie sur des fournisseurs locaux :\n"
           "- Maltrix, pour les essieux ;\n- Tessaro, pour les sièges."),
    ("de", "Korvan baut seine Transporter in Zwickau. Das Werk bezieht Teile von Zulieferern aus der Region:\n"
           "- Maltrix, für die Achsen;\n- Tessaro, für die Sitze."),
    ("it", "Korvan assembla i furgoni a Cassino. Lo stabilimento si appoggia a fornitori della zona:\n"
           "- Maltrix, per gli assali;\n- Tessaro, per i sedili."),
    # the role in the sentence before a short "among the main ones:"
    ("es", "Korvan (Valladolid)\nLa planta se abastece sobre todo de proveedores nacionales. Entre los principales:\n"
           "- Maltrix, con los ejes;\n- Tessaro, con los asientos."),
])
def test_listed_suppliers_of_the_company_named_before(language, text):
    got = _supplies(text, language)
    assert ("Maltrix", "Korvan") in got and ("Tessaro", "Korvan") in got


def test_the_owner_named_in_the_opening_sentence():
    text = "The market is crowded.\nKorvan's main suppliers are:\n- Maltrix (cells)\n- Tessaro and Brixo (modules)"
    got = _supplies(text, "en")
    assert {("Maltrix", "Korvan"), ("Tessaro", "Korvan"), ("Brixo", "Korvan")} <= got


@pytest.mark.parametrize("text", [
    # a "read also" list names no role
    "Maltrix opened a second line in Ohio. Read also:\n- Korvan cuts its forecast\n- Tessaro hires a new chief",
    # two companies in the opening sentence: whose customers?
    "Maltrix and Nordel both sell in Europe. Customers include:\n- Korvan, for vans;\n- Tessaro, for cars.",
    # no colon: the bullet lines are not its list
    "Maltrix opened a second line in Ohio. Its customers are many.\n- Korvan, for vans;\n- Tessaro, for cars.",
    # the line opens with goods, not a company
    "Maltrix opened a second line in Ohio. Its customers include:\n- vans made by Korvan;\n- cars made by Tessaro.",
])
def test_no_list_read(text):
    got = _supplies(text, "en")
    assert ("Maltrix", "Korvan") not in got and ("Maltrix", "Tessaro") not in got
