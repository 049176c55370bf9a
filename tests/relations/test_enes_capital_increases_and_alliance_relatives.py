"""Investors in a capital increase and partnerships told in a relative, on made-up companies: "una
ampliación de capital en la que han entrado como accionistas X y Y", "a capital increase in which X
took part"; "la alianza que X mantiene con Y", "the alliance that X has with Y" (a tie that exists);
the subject of a relative after the noun is no partner ("una alianza que Z critica")."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo"]


def _found(sentence, language):
    return [(t, s, d, st) for t, s, d, st, _p in triples(rels(sentence, _C, language=language))]


@pytest.mark.parametrize("sentence, language, investors", [
    ("Korvan ha cerrado una ampliación de capital de 60 millones de euros en la que han entrado como accionistas minoritarios Maltrix y Delvo.", "es", {"Maltrix", "Delvo"}),
    ("Korvan cerró una ampliación de capital en la que participó Maltrix.", "es", {"Maltrix"}),
    ("Korvan closed a capital increase in which Maltrix and Delvo took part.", "en", {"Maltrix", "Delvo"}),
    ("Korvan closed a $60m capital increase in which Maltrix invested.", "en", {"Maltrix"}),
])
def test_investors_in_a_capital_increase(sentence, language, investors):
    got = {s for t, s, d, _st in _found(sentence, language) if t == "invests_in" and d == "Korvan"}
    assert got == investors


@pytest.mark.parametrize("sentence, language, status", [
    ("Las funciones proceden de la alianza que Korvan mantiene desde hace años con la israelí Maltrix.", "es", "active"),
    ("La colaboración que Korvan firmó con Maltrix en 2022 incluye el software.", "es", "announced"),
    ("The alliance that Korvan has with Maltrix covers software.", "en", "active"),
])
def test_a_partnership_told_in_a_relative(sentence, language, status):
    assert ("partners_with", "Korvan", "Maltrix", status) in _found(sentence, language)


@pytest.mark.parametrize("sentence, language", [
    ("Korvan y Maltrix firmaron una alianza que Delvo critica.", "es"),
    ("Korvan and Maltrix announced a partnership that Delvo criticised.", "en"),
    ("Korvan formed a partnership with Maltrix that Delvo criticised.", "en"),
    ("Korvan and Maltrix formed a joint venture that Delvo will run.", "en"),
])
def test_the_subject_of_a_relative_is_no_partner(sentence, language):
    assert not any("Delvo" in (s, d) for _t, s, d, _st in _found(sentence, language))
