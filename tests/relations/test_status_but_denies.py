"""A denial after "but" that names its own deal ("X secures supplies from Y but denies a bid for Y", "X blinda
le forniture di Y ma smentisce la scalata a Y", "pero desmiente la compra de Y", "mais dément le rachat de Y",
", dementiert aber eine Übernahme von Y") speaks of that deal, even with no comma and with words that point
back ("la compra"): the tie told before "but" keeps its own status. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.status import _scope

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text,trigger,other", [
    ("en", "Almara secures supplies from Brixo but denies a bid for Brixo", "supplies from", "Brixo"),
    ("it", "Almara blinda le forniture di Brixo ma smentisce la scalata a Brixo", "forniture di", "Brixo"),
    ("fr", "Almara sécurise les livraisons de Brixo mais dément le rachat de Brixo", "livraisons de", "Brixo"),
    ("es", "Almara asegura el suministro de Brixo pero desmiente la compra de Brixo", "suministro de", "Brixo"),
    ("de", "Almara sichert sich Lieferungen von Brixo, dementiert aber eine Übernahme von Brixo", "Lieferungen von", "Brixo"),
])
def test_the_denial_after_but_is_out_of_the_first_ties_scope(language, text, trigger, other):
    t0 = text.index(trigger)
    t1 = t0 + len(trigger)
    parties = [(0, 6), (t1 + 1, t1 + 1 + len(other)), (text.rindex(other), len(text))]
    lo, hi = _scope(compiled(language), text, t0, t1, parties)
    assert hi < text.rindex(other)  # the cut stands before the denial


def test_the_supply_before_but_is_not_denied():
    got = _rels("Almara asegura el suministro de Brixo pero desmiente la compra de Brixo", "es")
    assert "denied" not in [s for (t, *_), s in got.items() if t == "supplies"]


def test_a_but_before_a_denial_of_the_same_report_still_denies():
    got = _rels("Almara would buy Brixo, the paper wrote, but Brixo denied the report.", "en")
    assert got[("acquires", "Almara", "Brixo")] == "denied"
