"""Relation history: current status rules, timelines, as-of queries, contradictions."""

from __future__ import annotations

import datetime as dt

import pytest

from tierscope.graph.history import (
    Assertion,
    capacity_contradictions,
    contradictions,
    current_status,
    direction_contradictions,
    parse_date,
    timeline,
)

TODAY = dt.date(2025, 6, 1)


def A(status, published, doc, source=None):
    return Assertion(status=status, published=published, doc_id=doc, source_key=source, evidence=f"{doc}: {status}")


def test_rumour_talks_deal_is_one_relation_with_three_steps():
    # The example: a rumour in one year, talks the next, a signed deal after; reprints repeat.
    history = [
        A("rumoured", "2022-03-10", "d1", "s1"),
        A("rumoured", "2022-03-11", "d1b", "s1"),  # a reprint of d1
        A("rumoured", "2022-09-02", "d2", "s2"),
        A("in_talks", "2023-04-20", "d3", "s3"),
        A("announced", "2024-01-15", "d4", "s4"),
        A("announced", "2024-01-15", "d5", "s5"),
    ]
    steps = timeline(history)
    assert [s.status for s in steps] == ["rumoured", "in_talks", "announced"]
    assert [(s.start, s.end) for s in steps] == [("2022-03-10", "2022-09-02"), ("2023-04-20", "2023-04-20"), ("2024-01-15", "2024-01-15")]
    assert [s.sources for s in steps] == [2, 1, 2]  # the reprint is not a second source
    assert steps[0].doc_ids == ["d1", "d1b", "d2"]
    view = current_status(history, today=TODAY)
    assert view.status == "announced" and view.since == "2024-01-15" and view.sources == 2


def test_as_of_drops_later_statements():
    history = [A("rumoured", "2022-03-10", "d1"), A("in_talks", "2023-04-20", "d2"), A("announced", "2024-01-15", "d3")]
    assert current_status(history, as_of="2022-12-31").status == "rumoured"
    assert current_status(history, as_of="2023-06-01").status == "in_talks"
    assert current_status(history, as_of="2024-01-15").status == "announced"  # inclusive
    none = current_status(history, as_of="2021-01-01")
    assert none.status is None and "2021-01-01" in none.reason


def test_old_rumour_keeps_its_age():
    view = current_status([A("rumoured", "2023-06-01", "d1"), A("rumoured", "2023-07-01", "d2")], today=TODAY)
    assert view.status == "rumoured"
    assert view.since == "2023-06-01" and view.last_seen == "2023-07-01"
    assert view.age_days == (TODAY - dt.date(2023, 7, 1)).days
    assert current_status([A("rumoured", "2023-07-01", "d1")], as_of="2023-07-31").age_days == 30


def test_denial_after_rumour_and_weak_revival():
    h = [A("rumoured", "2023-01-10", "d1"), A("denied", "2023-01-12", "d2")]
    assert current_status(h).status == "denied"
    # A fresh rumour does not revive it.
    assert current_status(h + [A("rumoured", "2023-05-01", "d3")]).status == "denied"
    # A party confirming talks is stronger than the rumour that was denied.
    assert current_status(h + [A("in_talks", "2023-05-01", "d3")]).status == "in_talks"
    # A signed deal overrides a denial.
    assert current_status(h + [A("announced", "2023-09-01", "d4")]).status == "announced"


def test_denied_talks_need_more_than_talks():
    h = [A("in_talks", "2023-01-10", "d1"), A("denied", "2023-02-01", "d2"), A("in_talks", "2023-03-01", "d3")]
    view = current_status(h)
    assert view.status == "denied" and view.later == ["2023-03-01: in_talks"]


def test_announced_then_in_effect_is_active_and_no_regression():
    h = [A("announced", "2023-01-10", "d1"), A("active", "2024-02-01", "d2"),
         A("announced", "2024-06-01", "d3")]  # background restatement of the old announcement
    view = current_status(h)
    assert view.status == "active" and view.since == "2024-02-01"
    assert view.later == ["2024-06-01: announced"]


def test_ended_and_renewed():
    h = [A("active", "2022-01-01", "d1"), A("ended", "2023-01-01", "d2")]
    assert current_status(h).status == "ended"
    assert current_status(h + [A("in_talks", "2023-06-01", "d3")]).status == "ended"
    assert current_status(h + [A("announced", "2024-01-01", "d4")]).status == "announced"


def test_same_day_disagreement_majority_and_ties():
    h = [A("active", "2024-03-01", "a", "s1"), A("active", "2024-03-01", "b", "s2"), A("denied", "2024-03-01", "c", "s3")]
    view = current_status(h)
    assert view.status == "active" and view.contested
    # One against one: a denial beats a rumour, a signed deal beats a denial.
    assert current_status([A("rumoured", "2024-03-01", "a"), A("denied", "2024-03-01", "b")]).status == "denied"
    assert current_status([A("announced", "2024-03-01", "a"), A("denied", "2024-03-01", "b")]).status == "announced"
    # Reprints of one denial are one source.
    h2 = [A("active", "2024-03-01", "a", "s1"), A("denied", "2024-03-01", "c", "s3"), A("denied", "2024-03-01", "d", "s3")]
    assert current_status(h2).status == "active"


def test_partial_and_missing_dates():
    assert parse_date("2023") == dt.date(2023, 1, 1)
    assert parse_date("2023-05") == dt.date(2023, 5, 1)
    assert parse_date("2023-05-07T10:00:00Z") == dt.date(2023, 5, 7)
    assert parse_date("soon") is None
    # Undated statements count only when nothing is dated.
    assert current_status([A("announced", None, "u"), A("rumoured", "2023", "d")]).status == "rumoured"
    assert current_status([A("announced", None, "u"), A("rumoured", None, "v")]).status == "announced"
    steps = timeline([A("announced", None, "u"), A("rumoured", "2023", "d")])
    assert steps[0].start is None and steps[1].start == "2023-01-01"


def test_bad_input():
    with pytest.raises(ValueError):
        current_status([A("maybe", "2023-01-01", "d")])
    with pytest.raises(ValueError):
        current_status([A("rumoured", "2023-01-01", "d")], as_of="yesterday")


def test_dict_assertions():
    view = current_status([{"status": "active", "published": "2024-01-01", "doc_id": "x", "evidence": {"text": "..."}}])
    assert view.status == "active"


def test_status_contradictions():
    h = [A("active", "2024-03-01", "a", "s1"), A("denied", "2024-03-01", "c", "s2"),
         A("announced", "2024-05-01", "e", "s3"), A("active", "2024-05-01", "f", "s4"),  # compatible
         A("rumoured", "2024-07-01", "g", "s5"), A("denied", "2024-07-01", "g2", "s5")]  # one source: not a clash
    found = contradictions(h)
    assert len(found) == 1
    c = found[0]
    assert c.kind == "status" and c.date == "2024-03-01"
    assert c.detail["statuses"] == {"active": ["a"], "denied": ["c"]}
    # A window catches statements a day apart.
    h2 = [A("ended", "2024-03-01", "a"), A("active", "2024-03-02", "b")]
    assert contradictions(h2) == []
    assert len(contradictions(h2, window_days=1)) == 1


def test_direction_contradictions():
    rels = [
        {"type": "supplies", "source": "CATL", "target": "Tesla", "product": "battery cells", "status": "active", "doc_id": "d1"},
        {"type": "supplies", "source": "Tesla", "target": "CATL", "product": "Battery cell", "status": "rumoured", "doc_id": "d2"},
        {"type": "supplies", "source": "Umicore", "target": "PowerCo", "product": "cathode", "status": "active", "doc_id": "d3"},
        {"type": "supplies", "source": "PowerCo", "target": "Umicore", "product": "recycled black mass", "status": "active", "doc_id": "d4"},
        {"type": "supplies", "source": "A", "target": "B", "product": "x", "status": "active", "doc_id": "d5"},
        {"type": "supplies", "source": "B", "target": "A", "product": "x", "status": "denied", "doc_id": "d6"},
    ]
    found = direction_contradictions(rels)
    assert len(found) == 1
    d = found[0].detail
    assert (d["a"], d["b"], d["product"]) == ("CATL", "Tesla", "battery cell")
    assert d["a_to_b"] == ["d1"] and d["b_to_a"] == ["d2"]


def test_capacity_contradictions():
    fac = [
        {"owner": "CATL", "location": "Debrecen", "capacity": {"value": 100, "unit": "GWh"}, "status": "under_construction", "doc_id": "d1", "published": "2023-01-01"},
        {"owner": "CATL", "location": "debrecen", "capacity": {"value": 105, "unit": "GWh"}, "status": "under_construction", "doc_id": "d2", "published": "2023-02-01"},
        {"owner": "CATL", "location": "Arnstadt", "capacity": {"value": 14, "unit": "GWh"}, "status": "active", "doc_id": "d3"},
        {"owner": "CATL", "location": "Arnstadt", "capacity": {"value": 24, "unit": "GWh"}, "status": "active", "doc_id": "d4"},
        {"owner": "ACC", "location": "Termoli", "capacity": {"value": 40000, "unit": "MWh"}, "status": "planned", "doc_id": "d5"},
        {"owner": "ACC", "location": "Termoli", "capacity": {"value": 40, "unit": "GWh"}, "status": "planned", "doc_id": "d6"},
    ]
    found = capacity_contradictions(fac)
    assert [(c.detail["owner"], c.detail["location"], c.detail["min"], c.detail["max"]) for c in found] == [("CATL", "Arnstadt", 14.0, 24.0)]
    assert [r["doc_id"] for r in found[0].detail["reports"]] == ["d3", "d4"]


def test_a_headline_yields_to_its_own_article():
    h = [
        {"status": "in_talks", "published": "2023-03-14", "doc_id": "it"},
        # One article: its headline says "X supplies Y", its body that a supply deal was signed.
        {"status": "active", "published": "2024-05-12", "doc_id": "de", "headline": True},
        {"status": "announced", "published": "2024-05-12", "doc_id": "de"},
    ]
    assert current_status(h).status == "announced"
    assert [s.status for s in timeline(h)] == ["in_talks", "announced"]
    # A headline alone still counts, and another article's headline is not affected.
    alone = h[:2] + [{"status": "announced", "published": "2024-05-13", "doc_id": "en"}]
    assert current_status(alone).status == "active"
