"""A word of buying that names a department or a post ("its own purchasing office", "ufficio acquisti",
"le directeur des achats", "el departamento de compras") is no purchase (``relations/purchasing_offices.py``):
a unit keeping its own buyers is not its parent's supplier, a buyer's chief is no takeover. Invented
names and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.purchasing_offices import purchasing_office

from .helpers import make_doc

NAMES = ["Kestrel", "Norvik", "Brixo"]


def _ties(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel will ship wiring looms to Norvik, which belongs to Brixo but runs its own purchasing department for batteries."),
    ("it", "Kestrel consegnerà i cablaggi a Norvik, che fa parte del gruppo Brixo ma ha un proprio ufficio acquisti per le batterie."),
    ("fr", "Kestrel livrera les faisceaux à Norvik, qui appartient au groupe Brixo mais garde son propre service achats pour les batteries."),
    ("es", "Kestrel suministrará los cables a Norvik, que pertenece al grupo Brixo pero mantiene su propio departamento de compras de baterías."),
])
def test_a_units_own_buyers_make_it_no_supplier_of_its_parent(lang, text):
    got = _ties(text, lang)
    assert ("supplies", "Kestrel", "Norvik") in got
    assert not {t for t in got if t[0] == "supplies" and {t[1], t[2]} == {"Norvik", "Brixo"}}


def test_a_purchasing_chief_is_no_takeover():
    got = _ties("Brixo's purchasing chief met Norvik to discuss battery cells.", "en")
    assert not {t for t in got if t[0] in ("acquires", "supplies")}


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Brixo is purchasing battery cells from Norvik.", "purchasing"),
    ("it", "Gli acquisti di celle da Norvik crescono.", "acquisti"),
    ("fr", "Les achats de cellules auprès de Norvik augmentent.", "achats"),
    ("es", "Las compras de celdas a Norvik crecen.", "compras"),
])
def test_a_purchase_itself_is_still_one(lang, text, word):
    start = text.index(word)
    assert not purchasing_office(lang, text, start, start + len(word))


@pytest.mark.parametrize("lang,text,word", [
    ("en", "the head of global purchasing at Brixo", "purchasing"),
    ("en", "Brixo's procurement team", "procurement"),
    ("it", "il responsabile degli acquisti di Brixo", "acquisti"),
    ("fr", "la directrice des achats de Brixo", "achats"),
    ("es", "el jefe de compras de Brixo", "compras"),
])
def test_offices_and_posts(lang, text, word):
    start = text.index(word)
    assert purchasing_office(lang, text, start, start + len(word))
