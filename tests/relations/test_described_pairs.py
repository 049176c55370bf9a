"""Two companies named each with a description of its own ("A, il gruppo campano ..., e B, società
pugliese ..., hanno firmato"), and a joint venture named in apposition before its noun ("... di Nuove
Celle, una joint venture"): the pair is still the venture's parents. Sentences written for the test
(invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex"]


def pairs(text, lang, **kw):
    return {(r.type, frozenset((r.source, r.target))) for r in rels(text, CO, language=lang, **kw)}


@pytest.mark.parametrize("lang, text", [
    ("it", "Brelix, il gruppo campano quotato in Borsa, e Tovan, società pugliese attiva nei sistemi di accumulo, "
           "hanno firmato gli accordi per costituire una joint venture paritetica."),
    ("en", "Brelix, the listed battery maker, and Tovan, a utility from the south, agreed to set up a joint venture."),
    ("de", "Brelix, ein börsennotierter Batteriehersteller, und Tovan, ein Versorger aus dem Süden, wollen ein Gemeinschaftsunternehmen gründen."),
])
def test_pair_with_descriptions(lang, text):
    assert ("joint_venture", frozenset(("Brelix", "Tovan"))) in pairs(text, lang)


def test_pair_with_a_coreferent_description():
    text = ("Brelix, il gruppo campano della famiglia Rossi, e Tovan, società pugliese attiva nei sistemi di accumulo, "
            "hanno firmato gli accordi per costituire una joint venture paritetica.")
    assert ("joint_venture", frozenset(("Brelix", "Tovan"))) in pairs(text, "it", coref={"il gruppo": "Brelix"})


def test_description_with_a_company_inside_does_not_join():
    # the description names a third company: its comma is no list
    text = "Brelix, il fornitore di Kornex, e Tovan hanno firmato un accordo di collaborazione."
    got = pairs(text, "it")
    assert ("partners_with", frozenset(("Kornex", "Tovan"))) not in got


def test_parents_before_a_named_venture_far_from_the_noun():
    text = ("Brelix, il gruppo casertano della famiglia Rossi quotato a Piazza Affari, e Tovan, società pugliese attiva nei "
            "sistemi di accumulo per la rete elettrica, hanno sottoscritto martedì a Roma gli accordi per la costituzione "
            "di Celle Settentrionali, una joint venture paritetica che realizzerà uno stabilimento.")
    assert ("joint_venture", frozenset(("Brelix", "Tovan"))) in pairs(text, "it")


@pytest.mark.parametrize("lang, text", [
    ("de", "Gemeinsam mit Tovan aus Kestrup will Brelix ein Gemeinschaftsunternehmen gründen."),
    ("de", "Zusammen mit Tovan will Brelix ein Gemeinschaftsunternehmen gründen."),
    ("en", "Together with Tovan, Brelix will set up a joint venture."),
])
def test_fronted_partner_after_an_adverb_of_joint_work(lang, text):
    got = {(r.type, frozenset((r.source, r.target)), r.status) for r in rels(text, CO, language=lang)}
    assert ("joint_venture", frozenset(("Brelix", "Tovan")), "announced") in got
