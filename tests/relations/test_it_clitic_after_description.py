"""Italian: a subject relative with an object clitic ("che ne ha rilevato la maggioranza", "che l'ha
rilevata") after a short description of its antecedent ("Brelix, il fondo americano che ..."), and the
seller named with "da" (it owned the company until then). Sentences written for the test (invented
companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex"]


def got(text):
    return {(r.type, r.source, r.target, r.status) for r in rels(text, CO, language="it")}


@pytest.mark.parametrize("text", [
    "Tovan è controllata da Brelix, il fondo americano che ne ha rilevato la maggioranza nel 2024.",
    "Dal 2023 Tovan fa capo a Brelix, la holding lussemburghese che l'ha rilevata nel 2023.",
])
def test_clitic_after_a_description(text):
    assert ("acquires", "Brelix", "Tovan", "active") in got(text)


def test_seller_after_the_clitic_verb_owned_it():
    text = "Tovan è controllata da Brelix, il fondo americano che ne ha rilevato il controllo da Kornex nel 2024."
    out = got(text)
    assert ("acquires", "Brelix", "Tovan", "active") in out
    assert ("owns", "Kornex", "Tovan", "ended") in out


def test_a_minority_stake_names_no_former_owner():
    text = "Tovan è controllata da Brelix, che ne ha rilevato una quota del 10% da Kornex."
    assert not any(t == "owns" and s == "Kornex" for t, s, _, _ in got(text))
