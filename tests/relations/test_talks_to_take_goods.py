"""Talks about taking the partner's goods (invented sentences): "über die Abnahme von Lithium",
"about the offtake of lithium", "per rifornirsi di litio", "pour s'approvisionner en lithium", "para
abastecerse de litio" - the partner would supply the subject (in talks)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Corvalis")


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, list(_NAMES), language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik verhandelt mit Corvalis über die Abnahme von Lithium."),
    ("de", "Norvik führt Gespräche mit Corvalis über den Bezug von Kathodenmaterial."),
    ("en", "Norvik is in talks with Corvalis about the offtake of lithium hydroxide."),
    ("it", "Norvik è in trattative con Corvalis per rifornirsi di litio."),
    ("fr", "Norvik est en discussions avec Corvalis pour s'approvisionner en lithium."),
    ("es", "Norvik negocia con Corvalis para abastecerse de litio."),
])
def test_the_partner_would_supply_the_subject(language, text):
    rels = _rels(text, language)
    assert ("supplies", "Corvalis", "Norvik", "in_talks") in rels
    assert not any(s == "Norvik" and t == "Corvalis" and k == "supplies" for k, s, t, _ in rels)
