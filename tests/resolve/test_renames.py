"""Former names stated in articles ("X, formerly Y") and how the resolver uses them."""

from __future__ import annotations

import pytest

from tierscope.resolve import Resolver, former_names


def _found(text, surface, canonical=None):
    i = text.index(surface)
    return former_names(text, [(i, i + len(surface), canonical or surface)])


@pytest.mark.parametrize("text, surface, former", [
    ("Voltaria Energia Ltd, formerly Padana Accumulatori, will double output.", "Voltaria Energia Ltd",
     "Padana Accumulatori"),
    ("Brennero Motors S.p.A. (formerly known as Brennero Veicoli) welcomed it.", "Brennero Motors S.p.A.",
     "Brennero Veicoli"),
    ("Voltaria Energia S.p.A. (ex Padana Accumulatori) raddoppierà.", "Voltaria Energia S.p.A.", "Padana Accumulatori"),
    ("La Brennero Motors S.p.A., già Brennero Veicoli, ha commentato.", "Brennero Motors S.p.A.", "Brennero Veicoli"),
    ("Die Voltaria Energia AG, vormals Padana Accumulatori, verdoppelt.", "Voltaria Energia AG", "Padana Accumulatori"),
    ("Die Brennero Motors S.p.A. (früher Brennero Veicoli) begrüßte das.", "Brennero Motors S.p.A.", "Brennero Veicoli"),
    ("Brennero Motors S.p.A. (ex-Brennero Veicoli) a salué la décision.", "Brennero Motors S.p.A.", "Brennero Veicoli"),
    ("Voltaria Energia SA, anciennement Padana Accumulatori, doublera.", "Voltaria Energia SA", "Padana Accumulatori"),
    ("Voltaria Energia S.A., antes conocida como Padana Accumulatori, duplicará.", "Voltaria Energia S.A.",
     "Padana Accumulatori"),
    ("Brennero Motors S.p.A. (antigua Brennero Veicoli) lo celebró.", "Brennero Motors S.p.A.", "Brennero Veicoli"),
    ("Ardena, formerly Banca di Roma e Milano, said.", "Ardena", "Banca di Roma e Milano"),
])
def test_stated_renames_in_five_languages(text, surface, former):
    assert _found(text, surface, "Company") == [("Company", former)]


@pytest.mark.parametrize("text, surface", [
    ("Tesla, formerly a start-up, grew.", "Tesla"),  # no name after the cue
    ("Tesla, formerly the biggest carmaker, grew.", "Tesla"),
    ("Voltaria, Exide Technologies and Tesla.", "Voltaria"),  # "Ex" inside a word is no cue
    ("Voltaria, EXIDE and Tesla.", "Voltaria"),
    ("Voltaria Energia, formerly Padana Accumulatori will double output in Leipzig.", "Voltaria Energia"),  # not closed
    ("Voltaria Energia (formerly Padana, Italy's biggest) grew.", "Voltaria Energia"),  # bracket not closed at once
    ("BMW, formerly BMW AG, said.", "BMW"),  # the same name
    ("Fiat, ex Lancia CEO Marco Rossi, said.", "Fiat"),  # a person's past role
    ("Tesla's supplier, formerly of Panasonic, said.", "Tesla"),  # not right after the mention
])
def test_no_rename_without_the_apposition(text, surface):
    assert _found(text, surface) == []


def test_a_rename_joins_the_names_under_the_current_one():
    names = ["Padana Accumulatori S.p.A.", "Padana Accumulatori S.p.A.", "Voltaria Energia", "Brennero Motors"]
    out = Resolver(renames=[("Voltaria Energia", "Padana Accumulatori")]).resolve(names)
    assert out["Padana Accumulatori S.p.A."] == out["Voltaria Energia"] == "Voltaria Energia"
    assert out["Brennero Motors"] == "Brennero Motors"
    assert Resolver().resolve(names)["Padana Accumulatori S.p.A."] == "Padana Accumulatori S.p.A."


def test_a_user_split_undoes_a_rename():
    r = Resolver(renames=[("Voltaria Energia", "Padana Accumulatori")], decisions=[("split", "Padana Accumulatori")])
    out = r.resolve(["Padana Accumulatori", "Voltaria Energia"])
    assert out["Padana Accumulatori"] == "Padana Accumulatori" and out["Voltaria Energia"] == "Voltaria Energia"


def test_two_companies_the_gazetteer_lists_are_not_joined_by_a_sentence():
    known = [("Stellantis", ()), ("Fiat Chrysler Automobiles", ("FCA",)), ("Volkswagen", ())]
    out = Resolver(known, renames=[("Stellantis", "FCA")]).resolve(["Stellantis", "FCA"])
    assert out["Stellantis"] != out["FCA"]
    # One side known: the sentence is all there is to go on.
    out = Resolver(known, renames=[("Volkswagen", "Wolfsburg Motorenwerke")]).resolve(["Volkswagen", "Wolfsburg Motorenwerke"])
    assert out["Wolfsburg Motorenwerke"] == "Volkswagen"
