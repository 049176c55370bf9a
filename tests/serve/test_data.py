"""The server's SQL (ordering, paging and filtering in SQLite) against a plain-Python reference on a
generated graph with hubs: every relation's assertions read at once, statuses derived one by one."""

from __future__ import annotations

import importlib.util
import random
from collections import defaultdict
from pathlib import Path

import pytest

from tierscope.doc import STATUSES
from tierscope.query.status import status_view
from tierscope.serve import data
from tierscope.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
AS_OFS = [None, "2020-06-30", "2022-12-31", "2024-03-15"]


def _bench():
    spec = importlib.util.spec_from_file_location("api_latency", ROOT / "bench" / "api_latency.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("gen") / "gen.db"
    _bench().build(db, n_relations=3000, n_companies=400, seed=11)
    with SQLiteStore(db, create=False) as s:
        yield s


@pytest.fixture(scope="module")
def reference(store):
    """as_of -> {relation id: (status, last_seen, set of company ids, products)} by the Python rules."""
    rows = defaultdict(list)
    for r in store.rows("SELECT a.relation_id, a.rowid AS seq, a.status, a.published, a.doc_id, a.product, "
                        "d.ingested_at, COALESCE(d.cluster_id, d.id) AS source_key "
                        "FROM assertions a JOIN documents d ON d.id = a.doc_id ORDER BY a.rowid"):
        rows[r["relation_id"]].append(r)
    ends = {r["id"]: (r["source_id"], r["target_id"]) for r in store.rows("SELECT id, source_id, target_id FROM relations")}
    out = {}
    for as_of in AS_OFS:
        table = {}
        for rid, rs in rows.items():
            known = [r for r in rs if as_of is None or (r["published"] or r["ingested_at"])[:10] <= as_of]
            if not known:
                continue
            dates = [r["published"] for r in known if r["published"]]
            table[rid] = (status_view(known, as_of).status, max(dates) if dates else None, set(ends[rid]),
                          {r["product"] for r in known if r["product"]})
        out[as_of] = table
    return out


def _recent(ids, table):
    """The server's order: most recently reported first, undated last, then by id."""
    return sorted(ids, key=lambda rid: (table[rid][1] is None, _neg(table[rid][1]), rid))


def _neg(date):
    return tuple(-ord(c) for c in date) if date else ()


def _hubs(store, n=3):
    return [r["id"] for r in store.rows(
        "SELECT id, count(*) AS n FROM (SELECT source_id AS id FROM relations UNION ALL SELECT target_id FROM relations) "
        "GROUP BY id ORDER BY n DESC, id LIMIT ?", (n,))]


@pytest.mark.parametrize("as_of", AS_OFS)
def test_status_filter_matches_the_derived_statuses(store, reference, as_of):
    table = reference[as_of]
    everything = data.relations(store, as_of=as_of, limit=500, offset=0)
    assert everything["total"] == len(table)
    for status in STATUSES:
        expected = _recent([rid for rid, v in table.items() if v[0] == status], table)
        got = data.relations(store, status=status, as_of=as_of, limit=500, offset=0)
        assert got["total"] == len(expected), status
        assert [r["id"] for r in got["items"]] == expected[:500], status
        assert all(r["status"] == status for r in got["items"])


def test_pages_follow_one_order_and_filters_combine(store, reference):
    table = reference[None]
    hub = _hubs(store, 1)[0]
    expected = _recent([rid for rid, v in table.items() if hub in v[2] and "cells" in " ".join(v[3])], table)
    assert len(expected) > 20
    got, offset = [], 0
    while offset < len(expected):
        page = data.relations(store, company=hub, product="CELLS", limit=7, offset=offset)
        assert page["total"] == len(expected)
        got += [r["id"] for r in page["items"]]
        offset += 7
    assert got == expected
    period = data.relations(store, since="2021-01-01", until="2021-06-30", limit=500)
    assert period["total"] > 0
    for r in period["items"]:
        known = data.relation(store, r["id"])["evidence"]
        assert any(e["published"] and "2021-01-01" <= e["published"] <= "2021-06-30" for e in known)


@pytest.mark.parametrize("as_of", [None, "2022-12-31"])
def test_company_lists_its_most_recent_relations_and_counts_all(store, reference, as_of):
    table = reference[as_of]
    for hub in _hubs(store):
        mine = _recent([rid for rid, v in table.items() if hub in v[2]], table)
        page = data.company(store, hub, as_of=as_of)
        assert page["relations_total"] == len(mine) > data.MAX_COMPANY_RELATIONS
        assert [r["id"] for r in page["relations"]] == mine[: data.MAX_COMPANY_RELATIONS]
        assert [r["status"] for r in page["relations"]] == [table[rid][0] for rid in mine[: data.MAX_COMPANY_RELATIONS]]
        rest = data.relations(store, company=hub, as_of=as_of, limit=500, offset=data.MAX_COMPANY_RELATIONS)
        assert [r["id"] for r in page["relations"]] + [r["id"] for r in rest["items"]] == mine[:500 + data.MAX_COMPANY_RELATIONS]
        dates = [table[rid][1] for rid in mine if table[rid][1]]
        assert page["last_seen"] >= max(dates)


def test_neighbourhood_keeps_nearer_then_more_recent_edges(store, reference):
    table = reference[None]
    rnd = random.Random(3)
    ids = [r["id"] for r in store.rows("SELECT id FROM companies ORDER BY id")]
    for cid in _hubs(store, 2) + rnd.sample(ids, 5):
        full = data.neighbourhood(store, cid, depth=2, max_edges=100_000)
        first = {rid for rid, v in table.items() if cid in v[2]}
        level1 = {e["id"] for e in full["edges"] if cid in (e["source"]["id"], e["target"]["id"])}
        assert level1 == first and not full["truncated"]
        near = {n["id"] for n in full["nodes"] if n["depth"] == 1}
        second = {rid for rid, v in table.items() if v[2] & near} - first
        assert {e["id"] for e in full["edges"]} == first | second
        cap = len(first) + len(second) // 2
        if second:
            cut = data.neighbourhood(store, cid, depth=2, max_edges=cap)
            assert cut["truncated"]
            kept = [e["id"] for e in cut["edges"]]
            assert set(kept) >= first
            assert set(kept) - first == set(_recent(second, table)[: cap - len(first)])


def test_the_page_applies_the_headline_rule_like_the_cli(tmp_path):
    """An article whose headline says "X supplies Y" over a body that says a deal was signed: the
    page's status must be the body's (announced), as the CLI's is."""
    from tierscope import query

    samples = importlib.util.module_from_spec(
        spec := importlib.util.spec_from_file_location("store_samples", ROOT / "tests" / "store" / "samples.py"))
    spec.loader.exec_module(samples)
    doc = samples.make_doc(
        "orsa", "Orsa Cells supplies cells to Corvo Motors. Orsa Cells has signed a supply deal with Corvo Motors.",
        published="2025-02-03", companies={"Orsa Cells": "Orsa Cells", "Corvo Motors": "Corvo Motors"},
        relations=[("supplies", "Orsa Cells", "Corvo Motors", "active", None, "supplies cells"),
                   ("supplies", "Orsa Cells", "Corvo Motors", "announced", None, "signed")])
    with SQLiteStore(tmp_path / "h.db") as s:
        s.add_document(doc)
        cli = query.relations(s)
        cid = query.find_company(s, "Orsa Cells").id
        page = data.company(s, cid)["relations"]
        listed = data.relations(s)["items"]
    assert [r.status for r in cli] == ["announced"]
    assert [r["status"] for r in page] == ["announced"]
    assert [r["status"] for r in listed] == ["announced"]


@pytest.mark.parametrize("q", ["c", "company 0001", "C00012X", "00003", "zzz"])
def test_finder_ranks_exact_then_prefix_then_connected(store, q):
    """The finder's SQL ranking against a Python reference: exact name or alias first, then names
    starting with the query, then names containing it; ties by number of relations, then name."""
    from tierscope import ids

    needle = ids.company_key(q)
    degree = defaultdict(int)
    for r in store.rows("SELECT source_id, target_id FROM relations"):
        degree[r["source_id"]] += 1
        degree[r["target_id"]] += 1
    keys = defaultdict(set)
    for r in store.rows("SELECT company_id, alias_key FROM aliases"):
        keys[r["company_id"]].add(r["alias_key"])
    ranked = []
    for c in store.rows("SELECT id, key FROM companies"):
        ks = keys[c["id"]] | {c["key"]}
        if any(needle in k for k in ks):
            rank = 0 if needle in ks else 1 if any(k.startswith(needle) for k in ks) else 2
            ranked.append((rank, -degree[c["id"]], c["key"], c["id"]))
    expected = [cid for *_, cid in sorted(ranked)]
    first = data.list_companies(store, q, limit=15)
    second = data.list_companies(store, q, limit=15, offset=15)
    assert first["total"] == len(expected)
    assert [c["id"] for c in first["items"] + second["items"]] == expected[:30]
