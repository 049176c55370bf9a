"""Subjects left out after a place phrase ("En Norteamérica comparte con Y ...", "Negli Stati Uniti
fornisce ...") or after a time word before a description ("Oggi il gruppo ..."), and the verbs of a
venture held with a partner ("comparte", "condivide"); made-up companies, positives and near misses."""

from __future__ import annotations

import pytest
from entity_helpers import run

from tierscope.relations import RelationExtractor

_RX = RelationExtractor()


def implied(doc):
    return [m.canonical for m in doc.mentions if m.attrs.get("implied")]


def relations(doc):
    return sorted((r.type, r.source, r.target) for r in _RX.extract(doc))


@pytest.mark.parametrize("text,language,expected", [
    ("Norvessa S.A. fabrica cátodos para varios productores. En Norteamérica comparte con Tecnalba S.A. "
     "la empresa conjunta Lumetra S.A.", "es", ("joint_venture", "Norvessa", "Tecnalba")),
    ("Norvessa S.A. fabrica cátodos para varios productores. En los Estados Unidos suministra celdas a "
     "Tecnalba S.A. desde 2024.", "es", ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa S.p.A. produce celle a Torino. Negli Stati Uniti fornisce moduli a Tecnalba S.p.A.",
     "it", ("supplies", "Norvessa", "Tecnalba")),
    ("Norvessa S.p.A. produce celle a Torino. In Cina condivide con Tecnalba S.p.A. la joint venture "
     "Lumetra S.p.A.", "it", ("joint_venture", "Norvessa", "Tecnalba")),
])
def test_place_phrase_before_left_out_subject(text, language, expected):
    doc = run(text, language)
    assert implied(doc) == ["Norvessa"]
    assert expected in relations(doc)


def test_time_word_before_description_opening_the_sentence_before():
    doc = run("Norvessa S.p.A. ha chiuso il bilancio in utile. Oggi il gruppo punta sulla produzione "
              "interna. In parallelo collabora con la francese Tecnalba S.p.A. sulla tecnologia.", "it")
    assert implied(doc) == ["Norvessa"]
    assert ("partners_with", "Norvessa", "Tecnalba") in relations(doc)


@pytest.mark.parametrize("text,language", [
    # a place phrase the place list does not know is a name: a person, a product, a company
    ("Norvessa S.A. fabrica cátodos. En Marlovia Ferrante comparte con Tecnalba S.A. la empresa conjunta "
     "Lumetra S.A.", "es"),
    # the clause names its own subject after the place
    ("Norvessa S.p.A. produce celle a Torino. Negli Stati Uniti Quarzo Energia S.p.A. fornisce moduli a "
     "Tecnalba S.p.A.", "it"),
    # two companies open the sentence before: unclear whose clause goes on
    ("Norvessa S.A. y Quarzo S.A. fabrican cátodos. En Norteamérica comparte con Tecnalba S.A. la empresa "
     "conjunta Lumetra S.A.", "es"),
])
def test_no_left_out_subject(text, language):
    assert implied(run(text, language)) == []
