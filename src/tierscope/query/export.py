"""Export the whole graph: ``jsonl`` (one relation per line with its assertions), ``csv`` (one row
per assertion) or ``graphml`` (companies as nodes, relations as edges)."""

from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from contextlib import contextmanager
from typing import IO, Any, Iterator

from ..errors import StoreError, UsageError
from ..store.base import Store
from .core import _group, _summarise, relation_assertions

__all__ = ["export", "EXPORT_FORMATS", "CSV_COLUMNS"]

EXPORT_FORMATS = ("jsonl", "csv", "graphml")

CSV_COLUMNS = (
    "relation_id", "type", "source", "target", "relation_status",
    "assertion_id", "status", "product", "confidence",
    "doc_key", "doc_id", "title", "published", "url", "document_source",
    "evidence", "start", "end", "component",
)

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# Characters XML 1.0 cannot hold, even escaped.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@contextmanager
def _open(out: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    if hasattr(out, "write"):
        yield out  # type: ignore[misc]
        return
    try:
        f = open(out, "w", encoding="utf-8", newline="")  # type: ignore[arg-type]
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc.strerror}; pass another --output") from exc
    with f:
        yield f


def _grouped(store: Store, as_of: str | None = None) -> list[tuple[Any, list[dict[str, Any]]]]:
    groups = _group(relation_assertions(store, as_of=as_of))
    out = [(_summarise(rows, as_of), rows) for rows in groups.values()]
    out.sort(key=lambda p: (p[0].type, p[0].source.casefold(), p[0].target.casefold()))
    return out


def _write_jsonl(store: Store, f: IO[str], as_of: str | None = None) -> int:
    n = 0
    for summary, rows in _grouped(store, as_of):
        record = summary.to_dict()
        record["assertions"] = [
            {
                "id": r["assertion_id"],
                "status": r["status"],
                "product": r["product"],
                "confidence": r["confidence"],
                "published": r["published"],
                "source_key": r["source_key"],
                "document": {
                    "key": r["doc_key"], "id": r["doc_id"], "title": r["title"], "url": r["url"],
                    "source": r["document_source"],
                },
                "evidence": {"text": r["text"], "start": r["start"], "end": r["end"]},
                "component": r["component"],
            }
            for r in rows
        ]
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(store: Store, f: IO[str], as_of: str | None = None) -> int:
    w = csv.writer(f)
    w.writerow(CSV_COLUMNS)
    n = 0
    for summary, rows in _grouped(store, as_of):
        for r in rows:
            w.writerow([
                summary.id, summary.type, summary.source, summary.target, summary.status,
                r["assertion_id"], r["status"], r["product"], r["confidence"],
                r["doc_key"], r["doc_id"], r["title"], r["published"], r["url"], r["document_source"],
                r["text"], r["start"], r["end"], r["component"],
            ])
            n += 1
    return n


def _x(value: Any) -> str:
    return _XML_BAD.sub("", "" if value is None else str(value))


def _write_graphml(store: Store, f: IO[str], as_of: str | None = None) -> int:
    root = ET.Element("graphml", {"xmlns": _GRAPHML_NS})
    keys = [
        ("name", "node", "string"), ("aliases", "node", "string"), ("sectors", "node", "string"),
        ("country", "node", "string"),
        ("type", "edge", "string"), ("status", "edge", "string"), ("assertions", "edge", "int"),
        ("documents", "edge", "int"), ("sources", "edge", "string"), ("products", "edge", "string"),
        ("first_seen", "edge", "string"), ("last_seen", "edge", "string"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(root, "key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", {"id": "tierscope", "edgedefault": "directed"})

    aliases: dict[str, list[str]] = defaultdict(list)
    for r in store.rows("SELECT a.company_id, a.alias FROM aliases a JOIN companies c ON c.id = a.company_id "
                        "WHERE a.alias != c.name ORDER BY a.rowid"):
        aliases[r["company_id"]].append(r["alias"])
    for c in store.rows("SELECT id, name, sectors, country FROM companies ORDER BY name"):
        node = ET.SubElement(graph, "node", {"id": c["id"]})
        sectors = json.loads(c["sectors"]) if c["sectors"] else []
        for k, v in (("name", c["name"]), ("aliases", "; ".join(aliases[c["id"]])),
                     ("sectors", "; ".join(sectors)), ("country", c["country"])):
            if v:
                ET.SubElement(node, "data", {"key": f"n_{k}"}).text = _x(v)

    n = 0
    for summary, rows in _grouped(store, as_of):
        first = rows[0]
        attrs = {"id": summary.id, "source": first["source_id"], "target": first["target_id"]}
        if summary.symmetric:
            attrs["directed"] = "false"
        edge = ET.SubElement(graph, "edge", attrs)
        sources: list[str] = []
        for r in rows:
            where = r["url"] or r["document_source"]
            if where not in sources:
                sources.append(where)
        for k, v in (("type", summary.type), ("status", summary.status), ("assertions", summary.assertions),
                     ("documents", summary.documents), ("sources", "; ".join(sources)),
                     ("products", "; ".join(summary.products)), ("first_seen", summary.first_seen),
                     ("last_seen", summary.last_seen)):
            if v is not None and v != "":
                ET.SubElement(edge, "data", {"key": f"e_{k}"}).text = _x(v)
        n += 1
    ET.indent(root)
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    f.write(ET.tostring(root, encoding="unicode"))
    f.write("\n")
    return n


_WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "graphml": _write_graphml}


def export(store: Store, format: str, out: str | os.PathLike[str] | IO[str], as_of: str | None = None) -> int:
    """Write the graph in ``format`` to ``out`` (a path or an open text file). Returns the number of
    records written: relations for jsonl and graphml, assertions (rows) for csv. ``as_of``: the
    graph as known on that date."""
    if format not in _WRITERS:
        raise UsageError(f"unknown export format {format!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    with _open(out) as f:
        return _WRITERS[format](store, f, as_of)
