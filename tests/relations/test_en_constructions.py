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


# --- statuses ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    # what the media or a newsletter reported is a rumour, even when it speaks of talks
    ("Japanese media reported on Friday that Korvan was negotiating to acquire Maltrix.", "rumoured"),
    ("Several business outlets said that Korvan was in talks to acquire Maltrix.", "rumoured"),
    ("An industry newsletter wrote that Korvan had agreed to acquire Maltrix.", "rumoured"),
    # a party that confirms the talks is no rumour
    ("Korvan confirmed that it was negotiating to acquire Maltrix.", "in_talks"),
])
def test_media_reports_are_rumours(sentence, expected):
    got = _t(sentence, ["Korvan", "Maltrix"])
    assert [(t, s, d) for t, s, d, _ in got] == [("acquires", "Korvan", "Maltrix")]
    assert got[0][3] == expected


def test_a_supplier_to_in_apposition_is_a_standing_tie():
    # "to" in "a supplier to" is no infinitive announcing a new deal; nor is "the launch" of a model
    for sentence in ("Korvan, a supplier to Maltrix, ships power modules for the inverters of its cars.",
                     "Korvan, a supplier to Maltrix since the launch of its first sedan, ships power modules."):
        assert _t(sentence, ["Korvan", "Maltrix"]) == [("supplies", "Korvan", "Maltrix", "active")]


@pytest.mark.parametrize("sentence,expected", [
    ("Korvan has agreed to supply power modules to Maltrix.", "announced"),
    ("Korvan is set to begin supplying power modules to Maltrix.", "announced"),
])
def test_an_infinitive_before_the_verb_still_announces(sentence, expected):
    assert _t(sentence, ["Korvan", "Maltrix"]) == [("supplies", "Korvan", "Maltrix", expected)]


def test_to_set_up_a_venture_named_in_apposition_is_announced():
    got = _t("Korvan and Maltrix have signed final agreements to set up Ostero Cells, a joint venture that will "
             "build a cell plant.", ["Korvan", "Maltrix", "Ostero Cells"])
    assert ("joint_venture", "Korvan", "Maltrix", "announced") in got


def test_ending_a_partnership_ends_the_joint_venture():
    got = _t("Korvan and Maltrix wound up their cell joint venture in 2023, ending a partnership that had been "
             "set up in 2017.", ["Korvan", "Maltrix"])
    assert got == [("joint_venture", "Korvan", "Maltrix", "ended")]


def test_a_takeover_after_completing_it_is_active():
    got = _t("Korvan became the market leader after completing its takeover of Maltrix, a rival maker, in 2020.",
             ["Korvan", "Maltrix"])
    assert got == [("acquires", "Korvan", "Maltrix", "active")]


def test_a_stake_handed_back_has_ended():
    got = _t("Korvan, which bought a 20% stake in Maltrix in 2022, handed the stake back to Ostero last month.",
             ["Korvan", "Maltrix", "Ostero"])
    assert ("invests_in", "Korvan", "Maltrix", "ended") in got


def test_a_denial_in_the_next_sentence_leaves_a_done_deal_alone():
    got = _t("Maltrix was bought by Korvan in 2021 and has since won contracts with several networks. "
             "Maltrix denied a report last week that it planned to build a second factory.", ["Korvan", "Maltrix"])
    assert got == [("acquires", "Korvan", "Maltrix", "active")]


def test_a_denial_in_the_next_sentence_still_denies_a_rumour():
    got = _t("Korvan is in talks to buy Maltrix, a newspaper reported. Korvan denied the report.", ["Korvan", "Maltrix"])
    assert got == [("acquires", "Korvan", "Maltrix", "denied")]


# --- a sale discussed with its buyer: the seller's unit named in apposition ----------------------------

@pytest.mark.parametrize("sentence", [
    "Korvan confirmed that it is in talks with Maltrix about a possible sale of its steel subsidiary, Ostero Steel, "
    "weeks after the group made an offer.",
    "Korvan is negotiating with Maltrix over the sale of its battery unit, Ostero Steel.",
])
def test_talks_with_a_buyer_about_selling_a_named_unit(sentence):
    got = _t(sentence, ["Korvan", "Maltrix", "Ostero Steel"])
    assert ("acquires", "Maltrix", "Ostero Steel", "in_talks") in got
    assert ("owns", "Korvan", "Ostero Steel", "active") in got


def test_talks_about_a_sale_of_a_unit_of_another_company_name_no_buyer():
    # the name after the comma is no unit of the seller: a new clause about someone else
    for sentence in ("Korvan is in talks with Maltrix about a sale of its plants, Ostero Steel said on Monday.",
                     "Korvan is in talks with Maltrix about a sale of its business, Ostero Steel said on Monday."):
        got = _t(sentence, ["Korvan", "Maltrix", "Ostero Steel"])
        assert not any(t == "acquires" for t, *_ in got)


# --- the holder of what is bought is neither buyer nor target ------------------------------------------

def test_shares_held_by_a_seller_name_no_buyer():
    got = _t("Korvan completed the purchase of a majority stake in Maltrix in January, buying the shares held by "
             "private equity firm Ostero, which had controlled the company since 2015.", ["Korvan", "Maltrix", "Ostero"])
    assert ("acquires", "Korvan", "Maltrix", "active") in got
    assert not any(s == "Ostero" and t == "acquires" for t, s, _, _ in got)


def test_stake_owned_by_a_holder_in_a_company():
    got = _t("Korvan bought the 30% stake owned by Ostero in Maltrix.", ["Korvan", "Maltrix", "Ostero"])
    assert ("invests_in", "Korvan", "Maltrix", "active") in got
    assert not any(d == "Ostero" and t in ("acquires", "invests_in") for t, _, d, _ in got)


def test_a_passive_buyer_is_still_the_buyer():
    got = _t("Maltrix, which is owned by Ostero, was acquired by Korvan.", ["Korvan", "Maltrix", "Ostero"])
    assert ("acquires", "Korvan", "Maltrix", "active") in got


# --- wafers are goods; a company bought is no goods -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Korvan buys 200-millimetre silicon carbide wafers from Maltrix under a multi-year agreement.",
    "Korvan sources SiC substrates from Maltrix.",
])
def test_wafers_bought_from_a_supplier(sentence):
    got = triples(rels(sentence, ["Korvan", "Maltrix"]))
    assert [(t, s, d, p) for t, s, d, _, p in got] == [("supplies", "Maltrix", "Korvan", "wafers")]


def test_a_company_bought_before_goods_bought_in_the_next_clause():
    got = _t("Korvan bought the Swedish wafer maker Ostero in 2019, and it buys SiC wafers from Maltrix under a "
             "multi-year agreement.", ["Korvan", "Maltrix", "Ostero"], coref={"it": "Korvan"})
    assert ("acquires", "Korvan", "Ostero", "active") in got
    assert ("supplies", "Maltrix", "Korvan", "active") in got
    assert not any(t == "supplies" and "Ostero" in (s, d) for t, s, d, _ in got)


# --- a venture named in apposition to a possessed noun, one partner after "with" ------------------------

@pytest.mark.parametrize("sentence,coref", [
    ("Its Chinese business, Ostero Cells, a joint venture with Maltrix in Changshu, was not affected.", {"Its": "Korvan"}),
    ("Korvan's Chinese unit, Ostero Cells, a joint venture with Maltrix, was not affected.", None),
])
def test_the_possessor_of_a_venture_is_its_other_parent(sentence, coref):
    got = _t(sentence, ["Korvan", "Maltrix", "Ostero Cells"], coref=coref)
    assert ("joint_venture", "Korvan", "Maltrix", "active") in got
    assert not any(t == "joint_venture" and "Ostero Cells" in (s, d) for t, s, d, _ in got)


@pytest.mark.parametrize("sentence", [
    # a list member and a venture: no owner of the noun
    "Korvan and Ostero Cells, a joint venture with Maltrix, were not affected.",
    # a venture of one named parent only: the other is not said
    "Korvan's Chinese unit, Ostero Cells, a joint venture of Maltrix, was not affected.",
])
def test_no_owner_of_the_venture_is_said(sentence):
    got = _t(sentence, ["Korvan", "Maltrix", "Ostero Cells"])
    assert not any(t == "joint_venture" and {s, d} == {"Korvan", "Maltrix"} for t, s, d, _ in got)


# --- a subject relative after the name's place -----------------------------------------------------------

def test_relative_after_the_place_of_the_name():
    got = _t("The plant will be Britain's second gigafactory after that of Korvan in Sunderland, which supplies "
             "Maltrix's nearby car factory.", ["Korvan", "Maltrix"], places=["Sunderland"])
    assert got == [("supplies", "Korvan", "Maltrix", "active")]


def test_a_company_after_in_is_the_antecedent_itself():
    # "in Maltrix" names a company, not a place: the relative speaks of Maltrix
    got = _t("Ostero holds a stake in Maltrix, which supplies Korvan.", ["Korvan", "Maltrix", "Ostero"])
    assert ("supplies", "Maltrix", "Korvan", "active") in got
    assert not any(t == "supplies" and s == "Ostero" for t, s, _, _ in got)


# --- a stake in a unit of a company is no stake in the company -------------------------------------------

def test_a_stake_in_the_business_of_a_company():
    got = _t("Korvan said it would buy a 30% stake in the lithium business of Australia's Maltrix for about "
             "$765 million.", ["Korvan", "Maltrix"])
    assert got == []


def test_a_stake_in_the_company_itself():
    got = _t("Korvan said it would buy a 30% stake in Australia's Maltrix for about $765 million.", ["Korvan", "Maltrix"])
    assert got == [("invests_in", "Korvan", "Maltrix", "announced")]
