"""A source named by a plain noun after "according to" ("Secondo indiscrezioni Norvik ...", "Según
fuentes Norvik ...", no comma) leaves the company after it the subject, and the report makes the
tie a rumour (invented sentences)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, [n for n in ("Norvik", "Corvalis") if n in text], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text,expected", [
    ("it", "Secondo indiscrezioni Norvik fornisce celle a Corvalis.", ("supplies", "Norvik", "Corvalis", "rumoured")),
    ("it", "Stando a fonti Norvik acquisirà Corvalis.", ("acquires", "Norvik", "Corvalis", "rumoured")),
    ("es", "Según fuentes Norvik comprará Corvalis.", ("acquires", "Norvik", "Corvalis", "rumoured")),
    ("de", "Laut Insidern übernimmt Norvik Corvalis.", ("acquires", "Norvik", "Corvalis", "rumoured")),
])
def test_source_noun_then_the_subject(language, text, expected):
    assert expected in _rels(text, language)


def test_a_company_as_the_source_is_no_subject():
    # "according to Norvik": Norvik speaks, it is not the one that supplies
    got = _rels("Secondo Norvik la fornitura di celle a Corvalis è in ritardo.", "it")
    assert not any(s == "Norvik" and t == "supplies" for t, s, _, _ in got)
