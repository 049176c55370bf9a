"""Each export format, written to a real file and parsed back with the standard library."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from tierscope import query
from tierscope.doc import Document, Evidence, Relation
from tierscope.errors import UsageError
from tierscope.store import SQLiteStore

G = "{http://graphml.graphdrawing.org/xmlns}"


def test_jsonl(store, tmp_path):
    out = tmp_path / "graph.jsonl"
    assert query.export(store, "jsonl", out) == 5
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    (conti,) = [r for r in records if r["source"] == "Continental AG"]
    assert conti["type"] == "supplies" and conti["target"] == "Rivian" and conti["status"] == "ended"
    assert [a["status"] for a in conti["assertions"]] == ["active", "ended"]
    a = conti["assertions"][0]
    assert a["document"]["key"] == "en-conti-2023" and a["document"]["source"] == "news/en-conti-2023.txt"
    assert a["evidence"]["text"].startswith("Continental supplies brake systems")


def test_csv(store, tmp_path):
    out = tmp_path / "assertions.csv"
    assert query.export(store, "csv", out) == 7
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 7
    assert list(rows[0]) == list(query.CSV_COLUMNS)
    ended = [r for r in rows if r["status"] == "ended"]
    assert len(ended) == 1 and ended[0]["relation_status"] == "ended" and ended[0]["source"] == "Continental AG"
    assert int(ended[0]["end"]) > int(ended[0]["start"])


def test_graphml(store, tmp_path):
    out = tmp_path / "graph.graphml"
    assert query.export(store, "graphml", out) == 5
    root = ET.parse(out).getroot()
    assert root.tag == G + "graphml"
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(G + "key")}
    graph = root.find(G + "graph")
    nodes = {n.get("id"): {keys[d.get("key")]: d.text for d in n.iter(G + "data")} for n in graph.iter(G + "node")}
    assert len(nodes) == 10
    edges = list(graph.iter(G + "edge"))
    assert len(edges) == 5
    for e in edges:
        assert e.get("source") in nodes and e.get("target") in nodes
    data = {nodes[e.get("source")]["name"]: ({keys[d.get("key")]: d.text for d in e.iter(G + "data")}, e)
            for e in edges}
    conti, _ = data["Continental AG"]
    assert (conti["type"], conti["status"], conti["assertions"], conti["documents"]) == ("supplies", "ended", "2", "2")
    assert conti["sources"] == "news/en-conti-2023.txt; news/en-conti-2024.txt"
    _, jv_edge = data["LG Energy Solution"] if "LG Energy Solution" in data else data["Renault"]
    assert jv_edge.get("directed") == "false"
    assert {n["name"]: n.get("aliases") for n in nodes.values()}["Jaguar Land Rover"] == "JLR"


def test_graphml_stays_valid_with_awkward_text(tmp_path):
    text = 'A&B <Holdings> "supplies" C\x01D Ltd. with parts.'
    doc = Document(id="odd", source="odd.txt", text=text, published="2024-01-01")
    doc.relations = [Relation("supplies", "A&B <Holdings>", "C\x01D Ltd", "active", Evidence(text, 0, len(text)),
                              product="parts & <bits>")]
    with SQLiteStore(tmp_path / "odd.db") as s:
        s.add_document(doc)
        buf = io.StringIO()
        query.export(s, "graphml", buf)
    root = ET.fromstring(buf.getvalue())
    names = {d.text for d in root.iter(G + "data") if d.get("key") == "n_name"}
    assert names == {"A&B <Holdings>", "CD Ltd"}


def test_empty_database_exports_nothing(tmp_path):
    with SQLiteStore(tmp_path / "empty.db") as s:
        for fmt in ("jsonl", "csv", "graphml"):
            buf = io.StringIO()
            assert query.export(s, fmt, buf) == 0
        ET.fromstring(buf.getvalue())


def test_unknown_format(store, tmp_path):
    with pytest.raises(UsageError, match="unknown export format 'xlsx'; use one of: jsonl, csv, graphml"):
        query.export(store, "xlsx", tmp_path / "x")
