"""A company named as a parent of a joint venture is no party to the venture's supplies
(relations/venture_parents.py)."""

from __future__ import annotations

import pytest

from tierscope.doc import Evidence, Relation
from tierscope.relations.venture_parents import drop_parent_supplies

from .helpers import make_doc


def _supply(doc, source, target):
    s = doc.sentences[0]
    return Relation(type="supplies", source=source, target=target, status="active",
                    evidence=Evidence(text=doc.text[s.start:s.end], start=s.start, end=s.end))


@pytest.mark.parametrize("text, language, source, target", [
    ("The joint venture of Ventra and Holm ships cathode to Kessel from its Ohio plant.", "en", "Holm", "Kessel"),
    ("Ventra's venture with Holm is building a cathode plant that will deliver to Kessel.", "en", "Holm", "Kessel"),
    ("La coentreprise détenue par Ventra et Holm livre désormais des cathodes à Kessel.", "fr", "Holm", "Ventra"),
    ("Das Gemeinschaftsunternehmen von Ventra und Holm liefert seit Mai Kathoden an Kessel.", "de", "Ventra", "Kessel"),
    ("La empresa conjunta que Ventra y Holm constituyeron suministra cátodos a Kessel.", "es", "Ventra", "Kessel"),
    ("La joint venture per i catodi costituita da Ventra e Holm fornisce Kessel dal 2024.", "it", "Holm", "Kessel"),
])
def test_parent_of_the_venture_is_no_party(text, language, source, target):
    doc = make_doc(text, ["Ventra", "Holm", "Kessel"], language=language)
    assert drop_parent_supplies([_supply(doc, source, target)], doc) == []


@pytest.mark.parametrize("text, language, source, target", [
    # the venture is itself the supplier, named beside the noun
    ("Arvo, the joint venture of Ventra and Holm, ships cathode to Ventra.", "en", "Arvo", "Ventra"),
    ("Arvo (AV), la coentreprise de Ventra et Holm, livre des cathodes à Kessel.", "fr", "Arvo", "Kessel"),
    ("Kathoden liefert das Gemeinschaftsunternehmen Arvo an Holm.", "de", "Arvo", "Holm"),
    # the noun is the subject of its own clause: the company after "con" is a counterpart, no parent
    ("La empresa conjunta ha firmado con Ventra un contrato de suministro de electricidad.", "es", "Ventra", "Arvo"),
    # no venture told at all
    ("Ventra supplies cathode to Holm under a deal with Kessel.", "en", "Ventra", "Holm"),
])
def test_the_venture_own_supply_or_no_venture_stays(text, language, source, target):
    names = {"Ventra": "Ventra", "Holm": "Holm", "Kessel": "Kessel", "Arvo": "Arvo", "AV": "Arvo"}
    doc = make_doc(text, names, language=language)
    rel = _supply(doc, source, target)
    assert drop_parent_supplies([rel], doc) == [rel]


def test_other_types_are_left_alone():
    doc = make_doc("The joint venture of Ventra and Holm ships cathode to Kessel.", ["Ventra", "Holm", "Kessel"])
    jv = _supply(doc, "Ventra", "Holm")
    jv.type = "joint_venture"
    assert drop_parent_supplies([jv], doc) == [jv]


def test_a_list_after_the_parents_is_no_parent():
    # ", et le groupe Z": the list of customers goes on after the venture's description
    text = "Ventra livrera des cathodes à Holm, Arvo, la coentreprise de Kessel, et le groupe Brixo."
    doc = make_doc(text, ["Ventra", "Holm", "Arvo", "Kessel", "Brixo"], language="fr")
    kept = _supply(doc, "Ventra", "Brixo")
    gone = _supply(doc, "Ventra", "Kessel")
    assert drop_parent_supplies([kept, gone], doc) == [kept]


@pytest.mark.parametrize("text, language", [
    ("Arvo, the joint venture between anode maker Ventra and trading house Holm, had been due to ship its first anode material in 2027.", "en"),
    ("Arvo, la coentreprise entre Ventra et Holm, devait livrer sa première cathode en 2026.", "fr"),
    ("Arvo, la empresa conjunta entre Ventra y Holm, debía suministrar su primer cátodo en 2026.", "es"),
    ("Arvo, la joint venture tra Ventra e Holm, doveva fornire il primo catodo nel 2026.", "it"),
    ("Arvo, das Gemeinschaftsunternehmen von Ventra und Holm, sollte 2026 das erste Kathodenmaterial liefern.", "de"),
])
def test_a_parent_named_only_in_the_venture_phrase_is_no_party(text, language):
    # (supP) no customer named: the readers pair the venture with its parents
    doc = make_doc(text, ["Ventra", "Holm", "Arvo"], language=language)
    assert drop_parent_supplies([_supply(doc, "Holm", "Arvo"), _supply(doc, "Arvo", "Ventra")], doc) == []


def test_a_parent_named_again_after_the_verb_keeps_the_venture_supply():
    text = "Arvo, the joint venture between Ventra and Holm, will supply cathode to Ventra from 2027."
    doc = make_doc(text, ["Ventra", "Holm", "Arvo"])
    rel = _supply(doc, "Arvo", "Ventra")
    assert drop_parent_supplies([rel], doc) == [rel]
