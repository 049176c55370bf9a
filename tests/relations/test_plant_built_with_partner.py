"""Building a plant with a partner is a jointly owned plant, a joint venture (as "jointly build a
plant" already reads in English): "X is building a plant in Spain with Y", "X baut gemeinsam mit Y eine
Fabrik", "X costruisce insieme a Y un impianto", "X construit avec Y une usine", "X construye junto a Y
una planta". A plant built for a customer, with someone's technology or support, is not. Invented."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("partners_with", "joint_venture") else (r.type, r.source, r.target)
            for r in doc.relations}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik is building a plant in Spain with Corvalis."),
    ("de", "Norvik baut gemeinsam mit dem Marktführer Corvalis in Spanien eine Fabrik für Zellen."),
    ("de", "Norvik errichtet zusammen mit Corvalis ein Werk in Ungarn."),
    ("it", "Norvik costruisce insieme a Corvalis un impianto in Spagna."),
    ("it", "Norvik sta costruendo con Corvalis una fabbrica in Spagna."),
    ("fr", "Norvik construit avec Corvalis une usine en Espagne."),
    ("fr", "Norvik construit une usine en Espagne avec Corvalis."),
    ("es", "Norvik construye junto a Corvalis una planta en Zaragoza."),
    ("es", "Norvik levanta con Corvalis una fábrica en Zaragoza."),
])
def test_plant_built_with_a_partner_is_a_venture(lang, text):
    assert _rels(text, lang) == {("joint_venture", "Corvalis", "Norvik")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik is building a plant in Spain with support from Corvalis."),
    ("en", "Norvik built a plant to supply cells to Corvalis."),
    ("de", "Norvik baut in Ungarn ein Werk für Zellen von Corvalis."),
    ("it", "Norvik e Corvalis hanno firmato un accordo per realizzare a Cesano un impianto."),
    ("fr", "Norvik construit une usine pour Corvalis."),
    ("es", "Norvik construye una planta con tecnología de Corvalis."),
])
def test_no_venture(lang, text):
    assert not any(r[0] == "joint_venture" for r in _rels(text, lang))
