"""French and Italian: a joint venture told as born of its parents' alliance ("Kelda, la società nata
dall'alleanza tra A, B e C", "Kelda, née de l'alliance entre A et B"), and a venture whose business
stands between its noun and its founders ("la coentreprise de cellules pour voitures électriques formée
par A, B et C"). Invented companies (Almara, Brixo, Corvo, Kelda) and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_NAMES = ["Almara", "Brixo", "Corvo", "Kelda"]


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, _NAMES, language=language))
    return sorted((r.type, r.source, r.target, r.status) for r in doc.relations)


def _pairs(got, typ):
    return {frozenset((r[1], r[2])) for r in got if r[0] == typ}


@pytest.mark.parametrize("language,text", [
    ("it", "Kelda, la società delle batterie nata dall'alleanza tra Almara, Brixo e Corvo, ha riaperto il cantiere."),
    ("it", "Kelda, la joint venture nata dall'alleanza tra Almara, Brixo e Corvo, assume 300 persone."),
    ("it", "Il cantiere di Kelda, l'azienda nata nel 2021 dall'alleanza fra Almara, Brixo e Corvo, è fermo."),
    ("fr", "Kelda, née de l'alliance entre Almara, Brixo et Corvo, ouvrira une usine à Douai."),
    ("fr", "Kelda, la start-up née en 2020 de l'alliance entre Almara, Brixo et Corvo, recrute."),
    ("fr", "Kelda, la coentreprise de cellules pour voitures électriques formée par Almara, Brixo et Corvo, produit à Lille."),
    ("fr", "Le groupe est engagé dans Kelda, la société commune de batteries créée par Almara, Brixo et Corvo, qui produit à Lille."),
])
def test_the_allies_or_founders_are_the_venture_partners(language, text):
    got = _rels(text, language)
    assert _pairs(got, "joint_venture") == {frozenset(p) for p in (("Almara", "Brixo"), ("Almara", "Corvo"), ("Brixo", "Corvo"))}
    # the venture is their child, not their partner
    assert not any("Kelda" in (r[1], r[2]) and r[0] == "partners_with" for r in got)
    assert all(r[3] == "active" for r in got if r[0] == "joint_venture")


@pytest.mark.parametrize("language,text", [
    # no company was born: the allies are partners only
    ("it", "Una nuova fase nata dall'alleanza tra Almara e Brixo è iniziata."),
    ("fr", "Une nouvelle étape née de l'alliance entre Almara et Brixo commence."),
    # an alliance made by the subject itself
    ("it", "Kelda ha stretto un'alleanza con Almara e Brixo."),
])
def test_no_venture_without_a_company_born(language, text):
    assert not _pairs(_rels(text, language), "joint_venture")


def test_a_described_first_word_is_no_business_of_the_venture():
    # "de" before a name is a parent of the venture, not its business
    got = _rels("Kelda, la coentreprise de Brixo, a été créée par Almara.", "fr")
    assert frozenset(("Almara", "Brixo")) not in _pairs(got, "joint_venture")
