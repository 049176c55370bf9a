"""An owner told after the company it owns, by a noun of owning opening the clause and a copula
("The owner of Y is X", "Eigentümer von Y ist X", "Le propriétaire de Y est X", "Il proprietario di Y è
X", "El propietario de Y es X"), and the French "appartient au fonds X". Invented sentences, made-up
companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Kelda")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "The owner of Brixo is the Dutch holding company Norvik, which also runs two foundries."),
    ("en", "Since 2019 the majority owner of Brixo has been Norvik."),
    ("de", "Mehrheitseigner von Brixo ist seit 2019 die Beteiligungsgesellschaft Norvik aus Hamburg."),
    ("de", "Eigentümer der Brixo ist heute Norvik."),
    ("fr", "Depuis 2019, le propriétaire de Brixo est le holding néerlandais Norvik."),
    ("fr", "L'actionnaire de contrôle de Brixo reste Norvik."),
    ("it", "Dal 2019 il proprietario di Brixo è la holding olandese Norvik."),
    ("it", "Azionista di maggioranza di Brixo resta Norvik."),
    ("es", "Desde 2019 el dueño de Brixo es el holding neerlandés Norvik."),
    ("es", "El accionista mayoritario de Brixo sigue siendo Norvik."),
    ("fr", "Depuis 2019, Brixo appartient au holding néerlandais Norvik."),
])
def test_owner_after_the_copula(lang, text):
    assert ("owns", "Norvik", "Brixo") in _rels(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "The former owner of Brixo is Norvik."),
    ("en", "The owner of Brixo is not Norvik, the filing shows."),
    ("en", "The owners of Brixo are Norvik and Kelda."),
    ("de", "Eigentümer von Brixo ist ein Kunde von Norvik."),
    ("fr", "L'ancien propriétaire de Brixo est Norvik."),
    ("it", "Il proprietario di Brixo è un cliente di Norvik."),
    ("es", "El dueño de Brixo no es Norvik."),
])
def test_no_owner_after_the_copula(lang, text):
    assert ("owns", "Norvik", "Brixo") not in _rels(text, lang)
