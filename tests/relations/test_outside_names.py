"""A company named as what lies outside the wanted thing ("a supplier outside the X-Y duopoly") is no
party (``guards._outside``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Kestrel necesita un proveedor de baterías LFP fuera del duopolio Nordia-Brixo."),
    ("fr", "Kestrel cherche un fournisseur de cellules LFP en dehors du duopole Nordia-Brixo."),
    ("it", "Kestrel cerca un fornitore di celle LFP al di fuori del duopolio Nordia-Brixo."),
    ("de", "Kestrel will seine Zellen künftig außerhalb des Duopols von Nordia und Brixo beziehen."),
    ("en", "Kestrel wants an LFP supplier outside the Nordia-Brixo duopoly."),
])
def test_names_outside_are_no_suppliers(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia", "Brixo"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Kestrel supplies cells to Nordia outside Europe."),
    ("en", "Outside China, Kestrel supplies cells to Nordia."),
])
def test_a_place_outside_leaves_the_tie(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Nordia", "Brixo"], lang) == [("Kestrel", "Nordia")]


def test_a_description_outside_is_the_group_itself():
    from tierscope.relations import RelationExtractor
    from .helpers import make_doc
    s = "Kestrel will supply seat frames to Nordia, its first big order from a customer outside the group."
    doc = make_doc(s, ["Kestrel", "Nordia"], language="en", coref={"the group": "Kestrel"})
    assert ("Kestrel", "Nordia") in {(r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies"}
