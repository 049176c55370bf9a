"""Italian "fa capo a" with every form of its preposition ("fa capo ad Norvik" before a vowel sound,
"allo", "ai", "alle", "agli"): the owner. An Italian idiom (the other languages' "belongs to", "gehört
zu", "appartient à", "pertenece a" were read). Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


@pytest.mark.parametrize("text", [
    "Il marchio conta molto perché Brixo fa capo ad Orvik dal 2018.",
    "Brixo fa capo allo stesso gruppo Orvik.",
    "Brixo fa capo a Orvik.",
])
def test_fa_capo_ad(text):
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Orvik"], language="it"))
    assert ("owns", "Orvik", "Brixo") in {(r.type, r.source, r.target) for r in doc.relations}
