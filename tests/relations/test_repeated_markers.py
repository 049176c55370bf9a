"""A second party told with the first party's preposition repeated after a conjunction, beyond a
complement, apposition or relative ("sources from X, the unit of Z, for its US models, and from Y"):
the same tie, the same side. Not when a nearer company took the same preposition ("aux côtés de A et de
B"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Brixo", "Norvik", "Kelda", "Maltrix")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text,tie", [
    ("en", "Brixo sources from Norvik, the battery unit of Kelda, for its vans, and from Maltrix for cars built in Berlin.",
     ("supplies", "Maltrix", "Brixo")),
    ("en", "Brixo buys the cells for its vans from Norvik's factory in Gdansk, Poland, and from Maltrix's plant in Douai.",
     ("supplies", "Maltrix", "Brixo")),
    ("fr", "Brixo s'approvisionne déjà auprès de Norvik, depuis la Pologne, et de Maltrix, dont les livraisons ont commencé.",
     ("supplies", "Maltrix", "Brixo")),
    ("fr", "Brixo achète ses cellules à Norvik, la filiale de Kelda, pour ses utilitaires, et à Maltrix pour ses voitures.",
     ("supplies", "Maltrix", "Brixo")),
    ("it", "Brixo acquista le celle da Norvik, la controllata di Kelda, per i furgoni, e da Maltrix per le auto.",
     ("supplies", "Maltrix", "Brixo")),
    ("es", "Brixo compra las celdas a Norvik, la filial de Kelda, para sus furgonetas, y a Maltrix para los turismos.",
     ("supplies", "Maltrix", "Brixo")),
    ("de", "Brixo bezieht seine Zellen von Norvik, das in Polen fertigt, und von Maltrix, das in Ungarn produziert.",
     ("supplies", "Maltrix", "Brixo")),
])
def test_repeated_preposition_second_party(lang, text, tie):
    assert tie in _rels(text, lang)


def test_nearer_company_with_the_same_preposition_takes_it():
    got = _rels("Kelda, qui détient un tiers du capital de Brixo aux côtés de Norvik et de Maltrix, recevra des cellules de Brixo.", "fr")
    assert ("supplies", "Maltrix", "Kelda") not in got
