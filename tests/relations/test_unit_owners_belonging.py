"""An owner told by a phrase of belonging in an apposition ("rattachée au groupe P", "owned by P") is no
party to its unit's supply (relations/unit_owners.py). Invented names and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik", "Brixo", "Valmera", "Kestrel"]


def _supplies(text, lang, coref=None):
    return sorted((r.source, r.target) for r in rels(text, NAMES, language=lang, coref=coref) if r.type == "supplies")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norvik, rattachée au groupe suédois Brixo, assemble près d'une benne à ordures sur quatre livrées aux mairies belges."),
    ("fr", "Norvik, filiale de Valmera, elle-même rattachée au groupe suédois Brixo, assemble une benne à ordures sur quatre en Belgique."),
])
def test_the_owner_of_belonging_is_no_customer(lang, text):
    assert ("Norvik", "Brixo") not in _supplies(text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Valmera will supply cells to Kestrel as part of a deal with Brixo.", [("Valmera", "Kestrel")]),
    ("en", "Valmera will supply cells to Brixo, owned by Kestrel.", [("Valmera", "Brixo")]),
    ("en", "Norvik, controlled by Brixo, makes one in three city buses sold in France for Valmera.", [("Norvik", "Valmera")]),
    # a plant's owner, and an owner told inside a description, stay parties
    ("fr", "L'usine est détenue par Norvik, et ses premières livraisons alimentent Valmera.", [("Norvik", "Valmera")]),
])
def test_other_parties_are_left_as_read(lang, text, expected):
    assert _supplies(text, lang) == expected
