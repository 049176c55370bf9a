"""Two companies each with a subject relative, joined by a comma and a conjunction: the second is the
relatives' second antecedent, not a second object of the first relative's verb (gapping._second_object)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Dravik", "Ostrel", "Pellam", "Quirno"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language,text,typ", [
    ("en", "Dravik, which supplies Ostrel, and Pellam, which supplies Quirno, will both expand in Texas.", "supplies"),
    ("en", "Analysts cited Dravik, which controls Ostrel, and Pellam, which controls Quirno.", "owns"),
    ("it", "Dravik, che fornisce Ostrel, e Pellam, che fornisce Quirno, amplieranno gli impianti.", "supplies"),
    ("fr", "Dravik, qui fournit Ostrel, et Pellam, qui fournit Quirno, vont agrandir leurs usines.", "supplies"),
    ("es", "Dravik, que suministra a Ostrel, y Pellam, que suministra a Quirno, ampliarán sus plantas.", "supplies"),
    ("de", "Dravik, das Ostrel beliefert, und Pellam, das Quirno beliefert, bauen ihre Werke aus.", "supplies"),
])
def test_each_relative_its_own_antecedent(language, text, typ):
    got = _rels(text, language)
    assert {(typ, "Dravik", "Ostrel"), (typ, "Pellam", "Quirno")} <= got
    assert not any(s == "Dravik" and t == "Pellam" for _typ, s, t in got)


def test_a_second_object_with_a_relative_of_its_own_stays():
    got = _rels("Dravik, which supplies Ostrel and Pellam, which is based in Lyon, will expand in Texas.", "en")
    assert {("supplies", "Dravik", "Ostrel"), ("supplies", "Dravik", "Pellam")} <= got
