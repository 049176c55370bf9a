"""Holders named with their companions own one company together: "X holds a third of W alongside Y
and Z", "X reste actionnaire de W, aux côtés de Y et de Z", "X es accionista, junto con Y y Z, de W",
"X ist gemeinsam mit Y und Z an W beteiligt", "X detiene un terzo di W insieme a Y e Z": parents of a
joint venture, pairwise. Funding rounds, minority or small stakes make co-investors, not parents.
Invented sentences, five languages."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis", "Tessaro", "Brixo")
_ALL = {("Corvalis", "Norvik"), ("Norvik", "Tessaro"), ("Corvalis", "Tessaro")}


def _ventures(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {tuple(sorted((r.source, r.target))) for r in doc.relations if r.type == "joint_venture"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik holds a third of Brixo alongside Corvalis and Tessaro."),
    ("en", "Norvik is also, together with Corvalis and Tessaro, one of the three shareholders of Brixo."),
    ("en", "Together with Corvalis and Tessaro, Norvik is one of the shareholders of Brixo."),
    ("fr", "Norvik, qui détient un tiers du capital de Brixo aux côtés de Corvalis et de Tessaro, recevra des cellules."),
    ("fr", "Norvik reste actionnaire de Brixo, aux côtés de Corvalis et de Tessaro."),
    ("es", "Norvik es accionista, junto con Corvalis y Tessaro, de Brixo, que produce celdas."),
    ("de", "Norvik ist gemeinsam mit Corvalis und Tessaro an Brixo beteiligt."),
    ("it", "Norvik detiene un terzo di Brixo insieme a Corvalis e Tessaro."),
    ("it", "Norvik è azionista di Brixo insieme a Corvalis e Tessaro."),
])
def test_holder_and_companions_are_joint_parents(lang, text):
    assert _ventures(text, lang) == _ALL


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik took part in the funding round of Brixo alongside Corvalis."),
    ("en", "Norvik holds talks together with Corvalis about Brixo."),  # no stake
    ("fr", "Norvik détient 5 % de Brixo aux côtés de Corvalis."),  # a small stake
    ("fr", "Norvik a pris une participation minoritaire dans Brixo, aux côtés de Corvalis."),
    ("es", "Norvik participa en la ronda de Brixo junto a Corvalis."),
    ("de", "Norvik hat sich gemeinsam mit Corvalis an der Finanzierungsrunde von Brixo beteiligt."),
    ("it", "Norvik detiene una quota di minoranza di Brixo insieme a Corvalis."),
    ("en", "Norvik owns a plant together with Corvalis."),  # no company held is named
])
def test_co_investors_and_plain_companions_are_no_venture(lang, text):
    assert _ventures(text, lang) == set()


def test_companions_keep_their_partnership_reading():
    # the companion phrase still marks a partner for the partnership verbs
    doc = RelationExtractor()(make_doc("Norvik baut zusammen mit Corvalis ein Ladenetz auf.", ["Norvik", "Corvalis"], language="de"))
    assert {(r.type, *sorted((r.source, r.target))) for r in doc.relations} == {("partners_with", "Corvalis", "Norvik")}
