"""German: the subject, an apposition closed by a comma, then the finite verb and the object before a
final participle ("Pierer Industrie, die Beteiligungsgesellschaft des Unternehmers X, hatte Leoni
übernommen"). Invented sentences, made-up companies: the apposition (an article and a common noun)
describes the subject; a company inside it is no party; a relative clause is no apposition."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ("Norvik", "Brixo", "Tessaro", "Kestrel")


def _rels(text):
    doc = RelationExtractor()(make_doc(text, [n for n in _NAMES if n in text], language="de"))
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Norvik, die Beteiligungsgesellschaft des Unternehmers Hans Maier, hatte Brixo 2023 vollständig übernommen.",
    "Norvik, die Tochter von Kestrel, hatte Brixo 2023 übernommen.",
    "Norvik, der schwedische Zellhersteller, hat Brixo gekauft.",
    "Norvik, ein Familienunternehmen aus Schwaben, hat Brixo im Frühjahr erworben.",
])
def test_apposition_between_subject_and_verb(text):
    rels = _rels(text)
    assert ("acquires", "Norvik", "Brixo") in rels
    assert not any(r[0] == "acquires" and r[1] == "Kestrel" for r in rels)


@pytest.mark.parametrize("text", [
    "Norvik, die Brixo 2021 gekauft hatte, hat Tessaro übernommen.",  # a relative clause: Brixo is its object
    "Norvik, die Kestrel gehört, hat Brixo gekauft.",                 # a relative with a name right after the article
])
def test_relative_clause_is_no_apposition(text):
    rels = _rels(text)
    assert ("acquires", "Brixo", "Tessaro") not in rels
    assert ("acquires", "Kestrel", "Brixo") not in rels
