"""A German unit noun compound glued to its owner's name ("die Norvik-Batterietochter Brixo", as
"die Norvik-Tochter Brixo" was read; English "Norvik's battery unit Brixo", French "sa filiale de
batteries", Italian and Spanish unit nouns with a field after them were read): the owner owns the unit.
A German compound form. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


@pytest.mark.parametrize("text", [
    "Das Werk liefert künftig Kathodenmaterial an die Norvik-Batterietochter Brixo.",
    "Die Norvik-Softwaretochter Brixo stellt 200 Entwickler ein.",
])
def test_glued_compound_unit(text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Brixo"], language="de"))
    assert ("owns", "Norvik", "Brixo") in {(r.type, r.source, r.target) for r in doc.relations}


def test_a_noun_before_the_hyphen_is_no_owner():
    doc = RelationExtractor()(make_doc("Kelda beliefert Brixo, die Lkw-Tochter von Norvik.", ["Kelda", "Brixo", "Norvik"], language="de"))
    assert ("owns", "Norvik", "Brixo") in {(r.type, r.source, r.target) for r in doc.relations}
