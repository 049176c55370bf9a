"""English constructions of business journalism (second round): sentences written for these tests
with made-up companies, positive rows and near misses that must not link."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language="en", **kw))]


# --- working together: a time between the verb and "with", more partners that repeat "with" ----------

@pytest.mark.parametrize("sentence", [
    "Korvan has worked since 2019 with Maltrix on solid-state cells.",
    "Korvan has collaborated for years with Maltrix on thermal software.",
    "Korvan has worked closely with Maltrix on the new inverter since 2021.",
    "Korvan is working with Maltrix on a sodium-ion cell.",
])
def test_working_with_is_a_standing_partnership(sentence):
    assert _t(sentence, ["Korvan", "Maltrix"]) == [("partners_with", "Korvan", "Maltrix", "active")]


@pytest.mark.parametrize("sentence,status", [
    ("Korvan will work with Maltrix on solid-state cells.", "announced"),
    ("Korvan agreed to cooperate with Maltrix on charging software.", "announced"),
    ("Korvan partnered with Maltrix on charging software.", "announced"),
])
def test_working_with_that_starts_now_is_announced(sentence, status):
    assert _t(sentence, ["Korvan", "Maltrix"]) == [("partners_with", "Korvan", "Maltrix", status)]


def test_partners_that_repeat_with_after_a_complement():
    got = _t("Korvan has worked since 2022 with Maltrix on hydrogen stations, and with Ostero on its "
             "liquid hydrogen technology.", ["Korvan", "Maltrix", "Ostero"])
    assert got == [("partners_with", "Korvan", "Maltrix", "active"), ("partners_with", "Korvan", "Ostero", "active")]


def test_recipients_that_repeat_to_after_a_complement():
    got = _t("Korvan supplies battery cells to Maltrix for its vans, and to Ostero.", ["Korvan", "Maltrix", "Ostero"])
    assert [(t, s, d) for t, s, d, _ in got] == [("supplies", "Korvan", "Maltrix"), ("supplies", "Korvan", "Ostero")]


@pytest.mark.parametrize("sentence", [
    # the second company is the subject of a clause of its own, not a partner
    "Korvan has worked with Maltrix on solid-state cells, and Ostero has done the same.",
    # a time of work with no partner named after it
    "Korvan has worked since 2019 on solid-state cells, and Ostero with it.",
])
def test_no_extra_partner(sentence):
    got = _t(sentence, ["Korvan", "Maltrix", "Ostero"])
    assert ("partners_with", "Korvan", "Ostero", "active") not in got
    assert not any({s, d} == {"Maltrix", "Ostero"} for _, s, d, _ in got)


# --- funding rounds: a long amount before the round, co-investors after the lead ----------------------

def test_round_led_by_with_co_investors_after_a_long_amount():
    got = _t("Recycling start-up Korvan has raised 40 million euros in a Series B funding round led by Maltrix "
             "Ventures, with Ostero Capital and several family offices also taking part.",
             ["Korvan", "Maltrix Ventures", "Ostero Capital"])
    assert got == [("invests_in", "Maltrix Ventures", "Korvan", "active"), ("invests_in", "Ostero Capital", "Korvan", "active")]


def test_raised_with_no_investor_named_links_nothing():
    # the round's investors are not named; the company after "with" is a customer, not an investor
    got = _t("Korvan has raised 40 million euros in a Series B funding round and signed a supply deal with Maltrix.",
             ["Korvan", "Maltrix"])
    assert not any(t == "invests_in" for t, *_ in got)
