"""The near admitter scores its readings from slots grouped by what they depend on (``way_parts``), a
name's part kept across pages by what it is made of, and the sums of parts that share no slot: the same
slots and the same scores as the readings written out whole (sentences and companies written for this
test)."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.learned import near_admitter as admitter_module
from tierscope.learned import near_features
from tierscope.learned.hashed import joined_slot, slot
from tierscope.learned.near_admitter import NearAdmitter
from tierscope.learned.near_features import READINGS, candidates, own_slot, page_facts, reading_slots, way_parts

from learned_helpers import page as _page

_CO = [("Halvik Foils", ["battery_materials"]), ("Tessaro Motors", ["carmaker"]), ("Brunel Equity", ["investor"]),
       ("Ordane Cobalt", ["mining"]), ("Vistre Modules", ["supplier"])]


def _page_one() -> Document:
    return _page(["Halvik Foils and Ordane Cobalt are said to be weighing a new refinery near the coast.",
                  "The buyer is Tessaro Motors, while Brunel Equity holds a stake in Vistre Modules.",
                  "Vistre Modules denied it had agreed to sell its foil unit to Halvik Foils."], _CO,
                 refs={"The buyer": "Tessaro Motors"})


def _page_two() -> Document:
    # the same names, told otherwise: other places of the cues around them, other status cues
    return _page(["Tessaro Motors signed a supply deal for cathode foils last week.",
                  "Halvik Foils will deliver them from its plant, and Ordane Cobalt owns a third of Vistre Modules.",
                  "Brunel Equity was reportedly in talks with Vistre Modules about a buyout."], _CO)


@pytest.fixture(scope="module")
def admitter():
    a = NearAdmitter()
    a.warm_up()
    return a


def test_a_joined_slot_is_the_slot_of_the_joined_feature():
    assert joined_slot(("edge", True, False)) == slot("edge:True:False")
    assert joined_slot(("cuei", "supply", "before", "st")) == slot("cuei:supply:before:st")
    assert joined_slot(("apos", "20")) == slot("apos:20")
    assert joined_slot(("lang", "de")) != joined_slot(("lang", "fr"))


def _all_slots(d: Document) -> frozenset[int]:
    facts = page_facts(d)
    return frozenset(i for c in candidates(d, restrict=False) for r in READINGS for i in reading_slots(d, c, facts, r))


@pytest.mark.parametrize("make", [_page_one, _page_two])
def test_the_parts_and_the_own_cue_hold_the_slots_of_every_piece_but_the_ties(make):
    d = make()
    cands = candidates(d, restrict=False)
    assert len(cands) >= 4
    kept = _all_slots(d)  # (every slot the page's readings have)
    facts, whole = page_facts(d), page_facts(d)
    memo: dict = {}
    for c in cands:
        for reading in READINGS:
            fam, _, way = reading.partition(":")
            got = frozenset().union(*way_parts(d, c, facts, way, kept, memo), (own_slot(d, c, facts, fam),))
            assert got == near_features.slots_but_ties(d, c, whole, reading)


def test_a_names_part_kept_from_another_page_is_that_page_s_own(admitter):
    # the parts of page two, worked out after page one's with the same memo, are those page two gives alone
    one, two = _page_one(), _page_two()
    kept = frozenset().union(*(w for _, w in admitter._models.values()))
    memo: dict = {}
    for d in (one, two):
        facts = page_facts(d)
        for c in candidates(d, restrict=False):
            for way in ("ab", "ba", ""):
                way_parts(d, c, facts, way, kept, memo)
    facts, alone = page_facts(two), page_facts(two)
    for c in candidates(two, restrict=False):
        for way in ("ab", "ba", ""):
            assert way_parts(two, c, facts, way, kept, memo) == way_parts(two, c, alone, way, kept, {})


@pytest.mark.parametrize("make", [_page_one, _page_two])
def test_reachable_scores_are_the_scores_of_the_readings_at_their_threshold(admitter, make):
    d = make()
    cands = candidates(d, restrict=False)
    full = admitter.scores(d, cands)
    flat = sorted(p for row in full for p in row.values())
    thr = flat[len(flat) // 2]
    a = NearAdmitter(thresholds={"supply": thr, "partnership": thr, "ownership": thr})
    for row, want in zip(a.reachable_scores(d, cands), full):
        for reading, p in want.items():
            if p >= thr:
                assert row[reading] == p  # bit for bit


def test_parts_that_share_a_slot_are_summed_as_one_set(admitter, monkeypatch):
    # a slot in two parts counts once in a score: where the parts share slots that weigh against, the sum
    # of the parts' sums would count them twice and leave out readings that reach their threshold
    d = _page_one()
    cands = candidates(d, restrict=False)
    full = admitter.scores(d, cands)
    flat = sorted(p for row in full for p in row.values())
    thr = flat[len(flat) // 2]
    a = NearAdmitter(thresholds={"supply": thr, "partnership": thr, "ownership": thr})
    a.warm_up()
    against = frozenset(i for _, w in a._models.values() for i, v in w.items() if v < 0)
    real = near_features.way_parts

    def sharing(doc, c, facts, way, kept, memo):
        ps, sa, sb, both = real(doc, c, facts, way, kept, memo)
        return ps, sa | (ps & against), sb | (ps & against), both

    monkeypatch.setattr(admitter_module, "way_parts", sharing)
    reached = 0
    for row, want in zip(a.reachable_scores(d, cands), full):
        for reading, p in want.items():
            if p >= thr:
                reached += 1
                assert row.get(reading) == p
    assert reached > 0


@pytest.mark.parametrize("word", ["with", "near"])
def test_a_names_part_is_not_taken_from_a_name_with_other_markers(admitter, word):
    # two pages alike but for the word before a name ("from" / "with" / "near": other case markers, the
    # same places): the second page's parts are its own, not the first's kept in the memo
    co = [("Kestrel Alloys", ["carmaker"]), ("Norbeck Tools", ["supplier"])]

    def told(w: str) -> Document:
        return _page(["Kestrel Alloys signed a supply deal for its new van.", f"Parts come {w} Norbeck Tools now."], co)

    kept = frozenset().union(*(w for _, w in admitter._models.values()))
    memo: dict = {}
    first = told("from")
    facts = page_facts(first)
    for c in candidates(first, restrict=False):
        for way in ("ab", "ba"):
            way_parts(first, c, facts, way, kept, memo)
    second = told(word)
    cands = candidates(second, restrict=False)
    assert cands
    facts, alone = page_facts(second), page_facts(second)
    for c in cands:
        for way in ("ab", "ba"):
            assert way_parts(second, c, facts, way, kept, memo) == way_parts(second, c, alone, way, kept, {})
