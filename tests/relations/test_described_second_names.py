"""A conjunction with a description of the next company made of an article and lower-case words ("A and the
chip designer B", "A y la vitoriana B", "A et du concepteur de puces B", "A e il progettista di chip B",
"A und dem Chipdesigner B"): the two names make one list, as with the listed descriptions ("and the
Chinese B"). Not a unit noun ("and its subsidiary B"), nor a noun whose last word is a preposition
("and the plant of B", "tra A e B"). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Ewara")


def _rels(text, lang):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language=lang))
    return {(r.type, *sorted((r.source, r.target))) if r.type in ("joint_venture", "partners_with")
            else (r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang,text,typ", [
    ("en", "The joint venture of Norvik and the lidar designer Brixo builds sensors for trucks.", "joint_venture"),
    ("en", "Norvik and sensor designer Brixo signed a memorandum of understanding on Tuesday.", "partners_with"),
    ("es", "Norvik y la gallega Brixo han firmado un memorando de entendimiento para probar sensores.", "partners_with"),
    ("es", "La empresa conjunta de Norvik y el diseñador de sensores Brixo fabrica lidar.", "joint_venture"),
    ("fr", "La coentreprise de Norvik et du concepteur de capteurs Brixo fabrique des lidars.", "joint_venture"),
    ("it", "La joint venture tra Norvik e il progettista di sensori Brixo produce lidar.", "joint_venture"),
    ("it", "Norvik e la bresciana Brixo hanno firmato un memorandum d'intesa per testare sensori.", "partners_with"),
    ("de", "Das Gemeinschaftsunternehmen von Norvik und dem Sensordesigner Brixo baut Lidare.", "joint_venture"),
])
def test_described_second_name_joins_the_list(lang, text, typ):
    assert (typ, "Brixo", "Norvik") in _rels(text, lang)


@pytest.mark.parametrize("lang,text,rel", [
    ("fr", "Nous équipons Norvik et sa filiale Brixo depuis 2019.", ("owns", "Norvik", "Brixo")),
    ("it", "Ewara, la joint venture paritetica tra Norvik e Brixo nata nel 2022, cresce.", ("joint_venture", "Brixo", "Norvik")),
])
def test_units_and_prepositions_stay_apart(lang, text, rel):
    got = _rels(text, lang)
    assert rel in got
    assert ("joint_venture", "Ewara", "Norvik") not in got


@pytest.mark.parametrize("lang,text", [
    ("es", "Norvik ha firmado un acuerdo con la cadena de gasolineras Brixo para instalar cargadores."),
    ("fr", "Norvik a signé un accord avec l'enseigne de bricolage Brixo pour installer des bornes."),
    ("fr", "Norvik a signé un accord avec la chaîne d'hôtels Brixo pour installer des bornes."),
])
def test_partner_behind_a_described_chain(lang, text):
    assert ("partners_with", "Brixo", "Norvik") in _rels(text, lang)
