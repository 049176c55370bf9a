"""Italian minority stakes told with no company after them ("conserva una quota di minoranza"), after a
first clause that has the sentence's first company held in a passive: the stake is in that company
(stake_relatives.bare_minorities, as English and Spanish). Invented companies, sentences written for
the test."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

C = ["Trevano Motori", "Vespucci Capital", "Ferrante Automotive", "Grifone Veicoli"]


def _stakes(sentence, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, C, language="it", **kw)) if t == "invests_in"]


@pytest.mark.parametrize("sentence, status", [
    ("Trevano Motori è controllata dal fondo Vespucci Capital, che ne ha assunto la maggioranza nel 2024; "
     "Ferrante Automotive, che ne era l'unico azionista, conserva una quota di minoranza.", "active"),
    ("Trevano Motori è controllata da Vespucci Capital; Ferrante Automotive conserva una quota di minoranza, "
     "pari a circa il 49%.", "active"),
    ("Trevano Motori è controllata da Vespucci Capital, mentre Ferrante Automotive detiene una partecipazione "
     "minoritaria.", "active"),
    ("Trevano Motori era controllata da Vespucci Capital, mentre Ferrante Automotive possedeva una quota "
     "di minoranza.", "ended"),
])
def test_a_bare_minority_stake_is_in_the_company_held_first(sentence, status):
    assert ("invests_in", "Ferrante Automotive", "Trevano Motori", status) in _stakes(sentence)


def test_the_description_of_the_held_company_may_stand_before_its_passive():
    sentence = ("La società dell'automazione è controllata da Vespucci Capital; Ferrante Automotive conserva "
                "una quota di minoranza.")
    assert ("invests_in", "Ferrante Automotive", "Trevano Motori", "active") in _stakes(
        sentence, coref={"La società": "Trevano Motori"})


@pytest.mark.parametrize("sentence", [
    # no passive holding the first company: what the stake is in is not said
    "Trevano Motori ha firmato con Vespucci Capital; Ferrante Automotive detiene una quota di minoranza.",
    # the stake names its company: read by the frames, not here
    "Trevano Motori è controllata da Vespucci Capital; Ferrante Automotive detiene una quota di minoranza in Grifone Veicoli.",
])
def test_no_bare_stake_in_the_first_company(sentence):
    assert ("invests_in", "Ferrante Automotive", "Trevano Motori", "active") not in _stakes(sentence)
