"""French news calls a joint venture "la société commune" as often as "la coentreprise": a venture
named after its parents with that noun before or after it ("Almara Brixo Cathode, la société commune
du groupe Almara et de Brixo", "la société commune Almara Brixo Cathode") is a venture of the two.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text):
    doc = RelationExtractor()(make_doc(text, ["Almara", "Brixo"], language="fr"))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Almara Brixo Cathode, la société commune du groupe Almara et de Brixo, a franchi une étape.",
    "La société commune Almara Brixo Cathode a franchi une étape symbolique.",
    "Almara Brixo Cathode, la société commune, a achevé la charpente de son atelier.",
])
def test_a_venture_named_after_its_parents_with_societe_commune(text):
    assert _rels(text).get(("joint_venture", "Almara", "Brixo")) == "active"


def test_two_names_side_by_side_without_the_noun_are_no_venture():
    assert ("joint_venture", "Almara", "Brixo") not in _rels("Almara Brixo Cathode a franchi une étape.")
