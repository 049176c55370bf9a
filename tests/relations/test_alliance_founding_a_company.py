"""An alliance told together with the company it founds ("A e B si alleano: nasce Z", "join forces to
create a new company", "s'allient : naissance de Z", "se alían: nace Z", "verbünden sich und gründen
ein neues Unternehmen") is a joint venture (guidelines: a joint company formed or to be formed); an
alliance with no company stays a partnership. Made-up companies."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _types(sentence, language):
    return {t for t, s, d, _st, _p in triples(rels(sentence, _C, language=language)) if {s, d} == {"Korvan", "Maltrix"}}


@pytest.mark.parametrize("sentence, language", [
    ("Ricarica veloce, Korvan e Maltrix si alleano: nasce Delvo", "it"),
    ("Korvan and Maltrix join forces to create a new company for charging.", "en"),
    ("Korvan et Maltrix s'allient : naissance de Delvo", "fr"),
    ("Korvan y Maltrix se alían: nace Delvo", "es"),
    ("Korvan y Maltrix unen fuerzas para crear una empresa de recarga.", "es"),
    ("Korvan und Maltrix verbünden sich und gründen ein neues Unternehmen.", "de"),
])
def test_an_alliance_that_founds_a_company_is_a_venture(sentence, language):
    assert _types(sentence, language) == {"joint_venture"}


@pytest.mark.parametrize("sentence, language", [
    ("Korvan and Maltrix join forces to create a charging network.", "en"),
    ("Korvan e Maltrix si alleano per la ricarica.", "it"),
    ("Korvan et Maltrix s'allient pour la recharge rapide.", "fr"),
])
def test_an_alliance_alone_is_a_partnership(sentence, language):
    assert _types(sentence, language) == {"partners_with"}


@pytest.mark.parametrize("sentence, language, described", [
    ("Sarnet, la società delle batterie nata dall'alleanza tra Korvan, Maltrix e Delvo, ha riaperto il cantiere.", "it",
     "la società delle batterie"),
    ("Sarnet, la société des batteries née de l'alliance entre Korvan, Maltrix et Delvo, a rouvert le chantier.", "fr",
     "la société des batteries"),
])
def test_born_of_an_alliance_after_a_description_of_the_company(sentence, language, described):
    # the description right before "nata" / "née" is resolved to the company born of the alliance
    found = rels(sentence, ["Korvan", "Maltrix", "Delvo", "Sarnet"], language=language, coref={described: "Sarnet"})
    ventures = {frozenset((r.source, r.target)) for r in found if r.type == "joint_venture"}
    assert ventures == {frozenset(p) for p in (("Korvan", "Maltrix"), ("Korvan", "Delvo"), ("Maltrix", "Delvo"))}


def test_born_of_an_alliance_with_no_company_before_is_a_partnership():
    found = rels("Una fase nata dall'alleanza tra Korvan e Maltrix si chiude.", ["Korvan", "Maltrix"], language="it")
    assert {r.type for r in found} == {"partners_with"}
