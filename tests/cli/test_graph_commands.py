"""The new graph and curation commands on hand-built documents, through the real click group and a
real SQLite file (documents stored with ``store.ingest(items=...)``, which re-resolves and re-clusters)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tierscope.cli.main import cli
from tierscope.store import SQLiteStore, ingest

NEW = ["history", "contradictions", "upstream", "downstream", "path", "single-source", "capacity",
       "merge", "split", "decisions", "eval-merge"]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def js(*args):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def db(tmp_path, samples):
    m = samples.make_doc
    wire = ("Ardena Cells Ltd will supply battery cells to Corvo Auto from 2025, the companies said. "
            "The deal covers 40,000 vehicles a year and runs for six years.")
    docs = [
        m("rumour", "Ardena Cells could supply battery cells to Corvo Auto, people familiar said.",
          published="2022-02-01", companies={"Ardena Cells": "Ardena Cells", "Corvo Auto": "Corvo Auto"},
          relations=[("supplies", "Ardena Cells", "Corvo Auto", "rumoured", "battery cells", "could")]),
        m("talks", "Ardena Cells S.p.A. is in talks with Corvo Auto about cells.", published="2023-03-01",
          companies={"Ardena Cells S.p.A.": "Ardena Cells S.p.A.", "Corvo Auto": "Corvo Auto"},
          relations=[("supplies", "Ardena Cells S.p.A.", "Corvo Auto", "in_talks", "battery cells", "talks")]),
        m("wire", wire, published="2024-05-02", url="https://wire.example/ardena",
          companies={"Ardena Cells Ltd": "Ardena Cells Ltd", "Corvo Auto": "Corvo Auto"},
          relations=[("supplies", "Ardena Cells Ltd", "Corvo Auto", "announced", "battery cells", "will supply")]),
        m("reprint", wire + " Reprinted with permission.", published="2024-05-02", url="https://daily.example/a",
          companies={"Ardena Cells Ltd": "Ardena Cells Ltd", "Corvo Auto": "Corvo Auto"},
          relations=[("supplies", "Ardena Cells Ltd", "Corvo Auto", "announced", "battery cells", "will supply")]),
        m("denial", "Corvo Auto denied that Ardena Cells supplies it. Ardena Cells sells cells to Corvo Auto, a trade paper said.",
          published="2024-05-03", companies={"Ardena Cells": "Ardena Cells", "Corvo Auto": "Corvo Auto"},
          relations=[("supplies", "Ardena Cells", "Corvo Auto", "denied", "battery cells", "denied"),
                     ("supplies", "Corvo Auto", "Ardena Cells", "active", "battery cells", "trade paper")]),
        m("mine", "Pirra Mining supplies lithium to Ardena Cells. Ardena Cells builds a 30 GWh plant in Lyon, opening in 2026.",
          published="2024-06-01", companies={"Pirra Mining": "Pirra Mining", "Ardena Cells": "Ardena Cells"},
          relations=[("supplies", "Pirra Mining", "Ardena Cells", "active", "lithium", "lithium")],
          facilities=[{"owner": "Ardena Cells", "location": "Lyon", "product": "battery cells", "status": "announced",
                       "capacity": {"value": 30.0, "unit": "GWh"}, "needle": "30 GWh"}]),
        m("plant2", "Ardena Cells said its Lyon plant will have 45 GWh.", published="2024-07-01",
          companies={"Ardena Cells": "Ardena Cells"},
          facilities=[{"owner": "Ardena Cells", "location": "Lyon", "product": "battery cells", "status": "announced",
                       "capacity": {"value": 45.0, "unit": "GWh"}, "needle": "45 GWh"}]),
    ]
    path = tmp_path / "graph.db"
    with SQLiteStore(path) as s:
        ingest(s, items=docs, pipeline=None)
    return path


def test_help_lists_new_commands_with_examples():
    listed = run("--help").stdout.split("Commands:")[1]
    for name in NEW + ["alias"]:
        assert f"\n  {name} " in listed
    for name in NEW:
        out = run(name, "--help").stdout
        assert "Example:" in out and f"tierscope {name}" in out
    assert "tierscope alias add" in run("alias", "add", "--help").stdout


def test_legal_forms_resolve_to_one_node(db):
    names = [c["name"] for c in js("companies", "--db", db)]
    assert names.count("Ardena Cells") == 1 and not any(n.startswith("Ardena Cells ") for n in names)


def test_history_three_steps_sources_and_excerpts(db):
    both = js("history", "Ardena Cells Ltd", "corvo auto", "--type", "supplies", "--db", db)
    assert sorted(h["relation"]["source"] for h in both) == ["Ardena Cells", "Corvo Auto"]  # both directions
    [h] = [h for h in both if h["relation"]["source"] == "Ardena Cells"]
    assert [s["status"] for s in h["steps"]] == ["rumoured", "in_talks", "announced", "denied"]
    announced = h["steps"][2]
    assert announced["sources"] == 1 and len(announced["documents"]) == 2  # the reprint counts once
    assert {a for d in announced["documents"] for a in d["addresses"]} == {"https://wire.example/ardena",
                                                                           "https://daily.example/a"}
    assert h["relation"]["sources"] == 4 and h["relation"]["documents"] == 5
    text = run("history", "Ardena Cells", "Corvo Auto", "--db", db).stdout
    assert "2022-02-01  rumoured  1 source" in text and "https://daily.example/a" in text
    [old] = js("history", "Ardena Cells", "Corvo Auto", "--as-of", "2023-12-31", "--db", db)
    assert [s["status"] for s in old["steps"]] == ["rumoured", "in_talks"]
    assert old["relation"]["status"] == "in_talks" and old["relation"]["age_days"] == 305
    assert "in_talks, 305 days old" in run("relations", "--as-of", "2023-12-31", "--db", db).stdout


def test_contradictions_status_direction_capacity(db):
    found = js("contradictions", "--db", db)
    kinds = sorted(c["kind"] for c in found)
    assert kinds == ["capacity", "direction", "status"]
    cap = next(c for c in found if c["kind"] == "capacity")
    assert (cap["detail"]["min"], cap["detail"]["max"]) == (30.0, 45.0)
    assert [r["value"] for r in cap["detail"]["reports"]] == [30.0, 45.0]
    # Status: the wire story (and its reprint) announce the deal on 2024-05-02, a denial follows a day later.
    status = next(c for c in found if c["kind"] == "status")
    assert status["companies"] == ["Ardena Cells", "Corvo Auto"] and status["date"] == "2024-05-02"
    assert sorted(status["detail"]["statuses"]) == ["announced", "denied"]
    assert len(status["detail"]["statuses"]["announced"]) == 2 and len(status["detail"]["statuses"]["denied"]) == 1
    # Direction: one source says Ardena supplies Corvo, another that Corvo supplies Ardena (same product).
    direction = next(c for c in found if c["kind"] == "direction")
    d = direction["detail"]
    assert (d["a"], d["b"], d["product"]) == ("Ardena Cells", "Corvo Auto", "battery cell")
    assert len(d["a_to_b"]) == 4 and len(d["b_to_a"]) == 1  # the denial is not a claim of direction
    text = run("contradictions", "--db", db).stdout
    assert "Ardena Cells supplies Corvo Auto (battery cell) in 4 document(s), Corvo Auto supplies Ardena Cells in 1" in text
    assert "capacity reported from 30 to 45 GWh" in text
    assert js("contradictions", "Pirra Mining", "--db", db) == []
    assert js("contradictions", "--kind", "capacity", "--db", db)[0]["kind"] == "capacity"
    show = run("show", "Ardena Cells", "--db", db).stdout
    assert "contradictions" in show and "capacity" in show
    assert len(js("show", "Ardena Cells", "--db", db)["contradictions"]) == 3


def test_chain_commands(db):
    up = js("upstream", "Pirra Mining", "--db", db)
    assert up == []
    down = js("downstream", "Pirra Mining", "--depth", "1", "--db", db)
    assert [(d["company"], d["tier"], d["status"]) for d in down] == [("Ardena Cells", 1, "active")]
    up = js("upstream", "Ardena Cells", "--db", db)
    assert sorted((u["company"], u["tier"]) for u in up) == [("Corvo Auto", 1), ("Pirra Mining", 1)]
    assert js("upstream", "Ardena Cells", "--product", "lithium", "--db", db)[0]["company"] == "Pirra Mining"
    hops = js("path", "Pirra Mining", "Corvo Auto", "--include-inactive", "--db", db)
    assert hops[0]["source"] == "Pirra Mining" and len(hops) == 2
    assert run("path", "Pirra Mining", "Corvo Auto", "--as-of", "2023-01-01", "--db", db).exit_code == 1
    single = js("single-source", "--db", db)
    assert {"customer": "Ardena Cells", "product": "lithium", "supplier": "Pirra Mining", "status": "active"} in single
    assert js("capacity", "--db", db) == [
        {"label": "Ardena Cells", "total": 45.0, "gwh": {"announced": 45.0}, "plants": 1}]
    assert [(r["label"], r["total"]) for r in js("capacity", "--by", "year", "--db", db)] == [("2026", 45.0)]
    assert js("capacity", "--as-of", "2024-06-15", "--db", db)[0]["total"] == 30.0
    table = run("capacity", "--by", "country", "--db", db).stdout
    assert "under construction" in table and "announced" in table and "FR" in table


def test_merge_split_alias_decisions(db):
    result = run("merge", "Corvo Auto", "Pirra Mining", "--db", db)
    assert result.exit_code == 0 and "merged Pirra Mining into Corvo Auto" in result.stdout
    assert "Pirra Mining: Pirra Mining -> Corvo Auto" in result.stdout
    assert js("show", "Pirra Mining", "--db", db)["company"]["name"] == "Corvo Auto"
    assert run("split", "Pirra Mining", "--db", db).exit_code == 0
    assert js("show", "Pirra Mining", "--db", db)["company"]["name"] == "Pirra Mining"
    assert run("alias", "add", "Ardena Cells", "ACX", "--db", db).exit_code == 0
    assert js("show", "acx", "--db", db)["company"]["name"] == "Ardena Cells"
    assert [d["kind"] for d in js("decisions", "--db", db)] == ["merge", "split", "alias"]
    assert "alias add 'Ardena Cells' 'ACX'" in run("decisions", "--db", db).stdout


def test_a_merge_never_leaves_a_company_linked_to_itself(db):
    before = js("relations", "--db", db)
    result = run("merge", "Ardena Cells", "Corvo Auto", "--db", db)
    assert result.exit_code == 0 and "set aside: 6 statement(s) that now link a company to itself" in result.stdout
    after = js("relations", "--db", db)
    assert after and all(r["source"] != r["target"] for r in after)
    assert len(after) == len(before) - 2  # both directions of the Ardena/Corvo supply link
    assert js("upstream", "Ardena Cells", "--db", db) == [
        {"company": "Pirra Mining", "tier": 1, "status": "active", "products": ["lithium"],
         "path": [{"type": "supplies", "source": "Pirra Mining", "target": "Ardena Cells", "status": "active",
                   "product": "lithium"}]}]
    assert run("split", "Corvo Auto", "--db", db).exit_code == 0
    assert sorted(r["id"] for r in js("relations", "--db", db)) == sorted(r["id"] for r in before)


def test_decisions_refuse_bad_names_and_record_no_no_ops(db):
    for args in (["alias", "add", "Ardena Cells", ""], ["merge", " - ", "Corvo Auto"], ["split", ""]):
        result = run(*args, "--db", db)
        assert result.exit_code == 2 and result.stderr.strip().startswith("error: company name")
        assert len(result.stderr.strip().splitlines()) == 1
    result = run("split", "Nobody GmbH", "--db", db)
    assert result.exit_code == 1 and "no company answers to 'Nobody GmbH'" in result.stderr
    result = run("merge", "Ardena Cells Ltd", "ardena cells s.p.a.", "--db", db)
    assert result.exit_code == 0 and "already one company (Ardena Cells); nothing recorded" in result.stdout
    result = run("split", "Ardena Cells Ltd", "--db", db)
    assert result.exit_code == 0 and "only in legal form, case or punctuation" in result.stdout
    assert js("decisions", "--db", db) == []


def test_split_of_a_name_only_articles_wrote(tmp_path, samples):
    # The entity stage wrote the mention "CVX" as Corvo Auto's: no statement names CVX itself.
    doc = samples.make_doc("cvx", "Ardena Cells supplies cells to Corvo Auto. CVX confirmed the order.",
                           published="2024-01-05", companies={"Ardena Cells": "Ardena Cells", "Corvo Auto": "Corvo Auto",
                                                              "CVX": "Corvo Auto"},
                           relations=[("supplies", "Ardena Cells", "Corvo Auto", "active", "cells", "supplies")])
    path = tmp_path / "cvx.db"
    with SQLiteStore(path) as s:
        ingest(s, items=[doc], pipeline=None)
    assert js("show", "CVX", "--db", path)["company"]["name"] == "Corvo Auto"
    result = run("split", "CVX", "--db", path)
    assert result.exit_code == 0 and "note: no statement names CVX itself" in result.stdout
    assert run("show", "CVX", "--db", path).exit_code == 1  # no longer a name of Corvo Auto
    assert js("show", "Corvo Auto", "--db", path)["relations"]["supplies"][0]["other"] == "Ardena Cells"
    # Splitting a company's own name would leave its other names as the company: refused, with a hint.
    run("alias", "add", "Corvo Auto", "Corvo Veicoli", "--db", path)
    result = run("split", "corvo auto", "--db", path)
    assert "is the name of Corvo Auto itself" in result.stdout and "tierscope split 'Corvo Veicoli'" in result.stdout
    assert [d["kind"] for d in js("decisions", "--db", path)] == ["split", "alias"]


def test_export_as_of(db, tmp_path):
    out = tmp_path / "g.jsonl"
    assert run("export", "--format", "jsonl", "-o", out, "--as-of", "2022-12-31", "--db", db).exit_code == 0
    [rel] = [json.loads(line) for line in out.read_text().splitlines()]
    assert rel["status"] == "rumoured" and len(rel["assertions"]) == 1


def test_eval_merge_pins_the_figures():
    data = js("eval-merge")
    if data["gazetteer"] == 0:
        pytest.skip("the project gazetteer is not available")
    # With the project gazetteer on tests/resolve/data/merge_pairs.jsonl (214 pairs): P 1.000, R 0.968
    # (docs/graph.md). Floors, not exact figures: the gazetteer is edited by the entity stage.
    assert data["pairs"] == 214
    assert data["precision"] >= 0.98 and data["recall"] >= 0.96, data
    text = run("eval-merge").stdout
    assert "precision" in text and "recall" in text
    rules = js("eval-merge", "--no-gazetteer")
    assert rules["gazetteer"] == 0 and rules["precision"] >= 0.97
