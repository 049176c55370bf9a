"""The company, neighbourhood and relation queries read through indexes: every SQL statement the
query library runs for them is checked with EXPLAIN QUERY PLAN, and none scans a table."""

from __future__ import annotations

import re

import pytest

from tierscope import query
from tierscope.store import SQLiteStore, ingest

# A plan line "SCAN <table or alias>" means a full pass over a table; materialised subqueries and
# CTEs ("SCAN x", "SCAN docs", "SCAN known") and "SCAN CONSTANT ROW" are fine.
_TABLES = {"documents", "sources", "companies", "aliases", "mentions", "relations", "assertions", "facilities",
           "facility_assertions", "d", "s", "c", "cs", "ct", "m", "r", "a", "f", "fa"}
_SCAN = re.compile(r"^SCAN (\w+)")


class PlanRecorder(SQLiteStore):
    """A store that records the query plan of every statement it runs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.plans: list[tuple[str, list[str]]] = []

    def rows(self, sql, params=()):
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            plan = [r["detail"] for r in super().rows("EXPLAIN QUERY PLAN " + sql, params)]
            self.plans.append((sql, plan))
        return super().rows(sql, params)


@pytest.fixture
def recorder(tmp_path, docs):
    with SQLiteStore(tmp_path / "t.db") as s:
        ingest(s, items=docs)
    with PlanRecorder(tmp_path / "t.db", create=False) as s:
        yield s


def _scans(plans):
    return [(sql.split()[0:12], line) for sql, plan in plans for line in plan
            if (m := _SCAN.match(line)) and m.group(1) in _TABLES]


@pytest.mark.parametrize("call", [
    lambda s: query.find_company(s, "jlr"),
    lambda s: query.company_profile(s, "CATL"),
    lambda s: query.relations(s, company="Renault"),
    lambda s: query.evidence(s, "Continental", "Rivian"),
    lambda s: query.history(s, "Continental", "Rivian"),
    lambda s: query.contradictions(s, company="Rivian", kinds=["status", "direction"]),
], ids=["find_company", "company_profile", "relations_of_company", "evidence", "history", "contradictions"])
def test_company_queries_use_indexes(recorder, call):
    call(recorder)
    assert recorder.plans
    assert _scans(recorder.plans) == []


def test_the_named_indexes_serve_the_neighbourhood(recorder):
    cid = query.find_company(recorder, "Rivian").id
    plan = " ".join(line for _, lines in recorder.plans for line in lines)
    assert "aliases_alias_key" in plan
    recorder.plans.clear()
    recorder.rows("SELECT id FROM relations WHERE source_id = ? UNION SELECT id FROM relations WHERE target_id = ?",
                  (cid, cid))
    recorder.rows("SELECT status, published FROM assertions WHERE relation_id = ? ORDER BY published", ("x",))
    plan = " ".join(line for _, lines in recorder.plans for line in lines)
    assert "COVERING INDEX relations_source" in plan and "COVERING INDEX relations_target" in plan
    assert "INDEX assertions_relation" in plan and "TEMP B-TREE" not in plan.split("assertions_relation")[1]
