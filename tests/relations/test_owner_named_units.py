"""A unit named right after its owner's possessive ("to Brixo's battery unit Norvik", "to Brixo
subsidiary Norvik") is the supply's party, not the owner (``relations/owner_named_units.py``). Invented
names and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Kestrel", "Norvik", "Brixo"]


def _ties(text):
    doc = RelationExtractor()(make_doc(text, NAMES, language="en"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Kestrel will supply battery trays to Brixo's battery unit Norvik from 2027.",
    "Kestrel signed a deal to supply cells to Brixo's subsidiary Norvik.",
    "Kestrel will deliver cells to Brixo subsidiary Norvik.",
])
def test_the_unit_after_the_possessive_is_the_customer(text):
    got = _ties(text)
    assert ("supplies", "Kestrel", "Norvik") in got
    assert ("supplies", "Kestrel", "Brixo") not in got
    assert ("owns", "Brixo", "Norvik") in got


def test_an_owner_named_again_on_its_own_keeps_its_tie():
    got = _ties("Kestrel will supply cells to Brixo and to its unit Norvik.")
    assert ("supplies", "Kestrel", "Brixo") in got


@pytest.mark.parametrize("text", [
    # "and its unit" starts a second customer: the owner named before "and" stays a customer
    "Kestrel will ship harnesses to Brixo and its unit Norvik.",
    "Kestrel ships harnesses to Brixo and its subsidiary Norvik.",
])
def test_an_owner_joined_by_and_to_its_unit_keeps_its_tie(text):
    assert ("supplies", "Kestrel", "Brixo") in _ties(text)


# The same phrase in a partnership, a joint venture or a stake, in every language: the owner's name only
# says whose unit the party is ("Brixo's battery unit Norvik", "der Brixo-Tochter Norvik", "la filiale de
# Brixo, Norvik").
def _ties_in(text, lang):
    doc = RelationExtractor()(make_doc(text, NAMES + ["Tarvel"], language=lang))
    return {(r.type, *((r.source, r.target) if r.type != "joint_venture" and r.type != "partners_with"
                       else sorted((r.source, r.target)))) for r in doc.relations}


@pytest.mark.parametrize("lang,text,tie", [
    ("en", "Kestrel has formed a joint venture with Brixo's battery unit Norvik.", ("joint_venture", "Kestrel", "Norvik")),
    ("en", "Tarvel is a joint venture of Kestrel and Brixo's battery unit Norvik.", ("joint_venture", "Kestrel", "Norvik")),
    ("en", "Kestrel signed a partnership with Brixo subsidiary Norvik to develop solid-state cells.",
     ("partners_with", "Kestrel", "Norvik")),
    ("en", "Kestrel agreed to invest $50 million in Brixo's software unit Norvik.", ("invests_in", "Kestrel", "Norvik")),
    ("de", "Tarvel ist das Gemeinschaftsunternehmen von Kestrel und der Brixo-Batterietochter Norvik.",
     ("joint_venture", "Kestrel", "Norvik")),
    ("it", "Kestrel ha avviato una collaborazione con la controllata di Brixo, Norvik.",
     ("partners_with", "Kestrel", "Norvik")),
    ("it", "Kestrel ha costituito una joint venture con la controllata di Brixo, Norvik.", ("joint_venture", "Kestrel", "Norvik")),
    ("es", "Kestrel ha creado una empresa conjunta con la filial de Brixo, Norvik.", ("joint_venture", "Kestrel", "Norvik")),
])
def test_the_unit_named_with_its_owner_is_the_partner(lang, text, tie):
    got = _ties_in(text, lang)
    assert tie in got
    assert not any("Brixo" in t and "Kestrel" in t for t in got), got
    assert ("owns", "Brixo", "Norvik") in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel signed a partnership with the battery unit of Brixo, Norvik."),
    ("fr", "Kestrel a signé un partenariat avec la filiale de batteries de Brixo, Norvik."),
    ("it", "Tarvel è la joint venture tra Kestrel e la controllata di Brixo, Norvik."),
    ("es", "Tarvel es la empresa conjunta de Kestrel y la filial de baterías de Brixo, Norvik."),
])
def test_the_unit_noun_of_the_owner_is_not_said_of_a_name_before_it(lang, text):
    # the frames read "Kestrel and the unit of Brixo" as Kestrel being Brixo's unit: the unit is Norvik
    got = _ties_in(text, lang)
    assert ("owns", "Brixo", "Kestrel") not in got
    assert ("owns", "Brixo", "Norvik") in got


def test_a_list_after_the_apposition_leaves_the_owner_alone():
    # "the unit of Brixo, Norvik and Tarvel" may name three parties: no unit is read for Brixo
    got = _ties_in("Kestrel signed partnerships with the battery unit of Brixo, Norvik and Tarvel.", "en")
    assert ("owns", "Brixo", "Norvik") not in got
