"""A verb joined by "and" / "but" to a relative clause of belonging ("Y, which is part of X and buys ...")
has the relative's company Y as its subject, not the owner X nor the main clause's subject
(``relations/belonging_relatives.py``). Invented names and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Kestrel", "Norvik", "Brixo", "Valmera"]


def _ties(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES, language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel will ship wiring looms to Norvik, which is owned by Brixo and sources its cells from Valmera."),
    ("it", "Kestrel consegnerà i cablaggi a Norvik, che fa parte del gruppo Brixo e compra le celle da Valmera."),
    ("fr", "Kestrel livrera les faisceaux à Norvik, qui fait partie du groupe Brixo et achète ses cellules à Valmera."),
    ("es", "Kestrel suministrará los cables a Norvik, que forma parte del grupo Brixo y compra sus celdas a Valmera."),
    ("de", "Kestrel liefert die Kabelbäume an Norvik, das zum Brixo-Konzern gehört und seine Zellen von Valmera bezieht."),
])
def test_the_joined_clause_buys_for_the_relatives_company(lang, text):
    got = _ties(text, lang)
    assert ("supplies", "Kestrel", "Norvik") in got
    assert ("supplies", "Valmera", "Norvik") in got
    assert ("supplies", "Valmera", "Kestrel") not in got
    assert ("supplies", "Valmera", "Brixo") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel will ship wiring looms to Norvik, which is part of Brixo but buys its batteries elsewhere."),
    ("it", "Kestrel consegnerà i cablaggi a Norvik, che fa parte del gruppo Brixo ma acquista le batterie altrove."),
    ("fr", "Kestrel livrera les faisceaux à Norvik, qui appartient au groupe Brixo mais achète ses batteries ailleurs."),
    ("es", "Kestrel suministrará los cables a Norvik, que pertenece al grupo Brixo pero compra sus baterías en otro lugar."),
])
def test_the_owner_is_no_party_of_the_joined_clause(lang, text):
    got = _ties(text, lang)
    assert ("supplies", "Kestrel", "Norvik") in got
    assert not {t for t in got if t[0] in ("supplies", "acquires") and {t[1], t[2]} == {"Norvik", "Brixo"}}


def test_a_clause_that_names_its_customer_keeps_it():
    got = _ties("Kestrel has bought Norvik, which is part of Brixo and supplies battery trays to Valmera.", "en")
    assert ("supplies", "Norvik", "Valmera") in got
    assert ("acquires", "Kestrel", "Norvik") in got
