"""A relation's history and where sources contradict each other.

``history(store, a, b)``: for each relation linking two companies, its current status (with the age
of the statement behind it) and its timeline, one step per change of reported status, each with
the number of distinct sources (near-duplicate clusters), their addresses and an evidence excerpt.

``contradictions(store)``: sources disagreeing on a relation's status on the same dates (a denial
against progress, an ending against an announcement), on the direction of a supply (A supplies B
and B supplies A the same product), or on a plant's capacity.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from .. import graph
from ..errors import UsageError
from ..store.base import Store
from .core import RelationSummary, _check_type, _group, _summarise, find_company, facility_rows, relation_assertions

__all__ = ["HistoryStep", "RelationHistory", "ContradictionItem", "history", "contradictions", "addresses_of"]


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class StepDocument(_Record):
    doc_key: str
    doc_id: str
    published: str | None
    source_key: str
    addresses: list[str]
    evidence: str
    status: str


@dataclass
class HistoryStep(_Record):
    """A run of dates with the same reported status. ``sources`` counts distinct near-duplicate
    clusters; ``effective`` is the relation's status after this step."""

    status: str
    start: str | None
    end: str | None
    sources: int
    effective: str | None
    documents: list[StepDocument] = field(default_factory=list)


@dataclass
class RelationHistory(_Record):
    relation: RelationSummary
    steps: list[HistoryStep]
    contradictions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ContradictionItem(_Record):
    """``kind``: "status", "direction" or "capacity"; ``companies``: the names involved."""

    kind: str
    companies: list[str]
    date: str | None
    summary: str
    detail: dict[str, Any] = field(default_factory=dict)
    relation_id: str | None = None


def addresses_of(store: Store, doc_ids: list[str]) -> dict[str, list[str]]:
    """Every address (URL, else path) each document was seen at, first seen first."""
    out: dict[str, list[str]] = defaultdict(list)
    if not doc_ids:
        return out
    ids = sorted(set(doc_ids))
    marks = ",".join("?" * len(ids))
    for r in store.rows(
        f"SELECT s.doc_id, COALESCE(s.url, s.source) AS addr FROM sources s WHERE s.doc_id IN ({marks}) ORDER BY s.rowid",
        ids,
    ):
        if r["addr"] not in out[r["doc_id"]]:
            out[r["doc_id"]].append(r["addr"])
    return out


def _steps(store: Store, rows: list[dict[str, Any]]) -> list[HistoryStep]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    addrs = addresses_of(store, list(by_doc))
    prepared = [{**r, "evidence": r["text"]} for r in rows]
    out = []
    for step in graph.timeline(prepared):
        docs = []
        for doc_id in step.doc_ids:
            mine = [r for r in by_doc[doc_id] if r["status"] == step.status] or by_doc[doc_id]
            r = mine[0]
            docs.append(StepDocument(r["doc_key"], doc_id, r["published"], r["source_key"], addrs.get(doc_id, []),
                                     r["text"], r["status"]))
        docs.sort(key=lambda d: (d.published or "", d.doc_key))
        out.append(HistoryStep(step.status, step.start, step.end, step.sources, step.effective, docs))
    return out


def _status_contradictions(rows: list[dict[str, Any]], window_days: int) -> list[dict[str, Any]]:
    prepared = [{**r, "evidence": r["text"]} for r in rows]
    return [{"date": c.date, **c.detail} for c in graph.contradictions(prepared, window_days=window_days)]


def history(
    store: Store, a: str, b: str, type: str | None = None, as_of: str | None = None, *, window_days: int = 3
) -> list[RelationHistory]:
    """The history of every relation between companies ``a`` and ``b`` (either direction), or only
    of type ``type``; what was known on ``as_of`` when given."""
    _check_type(type)
    ca, cb = find_company(store, a).id, find_company(store, b).id
    where = "((r.source_id = ? AND r.target_id = ?) OR (r.source_id = ? AND r.target_id = ?))"
    params: tuple[Any, ...] = (ca, cb, cb, ca)
    if type:
        where += " AND r.type = ?"
        params += (type,)
    out = []
    for rows in _group(relation_assertions(store, where, params, as_of=as_of)).values():
        out.append(RelationHistory(_summarise(rows, as_of), _steps(store, rows), _status_contradictions(rows, window_days)))
    out.sort(key=lambda h: (h.relation.type, h.relation.first_seen or ""))
    return out


_KINDS = ("status", "direction", "capacity")


def contradictions(
    store: Store,
    company: str | None = None,
    as_of: str | None = None,
    kinds: tuple[str, ...] | list[str] | None = None,
    *,
    window_days: int = 3,
    tolerance: float = 0.10,
) -> list[ContradictionItem]:
    """Where distinct sources disagree, over the whole graph or one company's relations and plants."""
    kinds = tuple(kinds or _KINDS)
    for k in kinds:
        if k not in _KINDS:
            raise UsageError(f"unknown contradiction kind {k!r}; use one of: {', '.join(_KINDS)}")
    where, params = "", ()
    cid = None
    if company:
        cid = find_company(store, company).id
        where, params = "r.source_id = ? OR r.target_id = ?", (cid, cid)
    out: list[ContradictionItem] = []
    rows = relation_assertions(store, where, params, as_of=as_of) if {"status", "direction"} & set(kinds) else []
    groups = _group(rows)
    if "status" in kinds:
        for rid, rs in groups.items():
            first = rs[0]
            for c in _status_contradictions(rs, window_days):
                statuses = c.get("statuses", {})
                said = "; ".join(f"{s}: {len(d)} document{'s' if len(d) != 1 else ''}" for s, d in statuses.items())
                out.append(ContradictionItem(
                    "status", [first["source"], first["target"]], c["date"],
                    f"{first['type']} {first['source']} -> {first['target']}: sources disagree ({said})",
                    c, rid,
                ))
    if "direction" in kinds:
        recs = [{"type": r["type"], "source": r["source"], "target": r["target"], "product": r["product"],
                 "status": r["status"], "doc_id": r["doc_id"]} for r in rows]
        for c in graph.direction_contradictions(recs):
            d = c.detail
            what = f" ({d['product']})" if d.get("product") else ""
            out.append(ContradictionItem(
                "direction", [d["a"], d["b"]], None,
                f"{d['a']} supplies {d['b']}{what} in {len(d['a_to_b'])} document(s), "
                f"{d['b']} supplies {d['a']} in {len(d['b_to_a'])}", d,
            ))
    if "capacity" in kinds:
        fwhere, fparams = ("f.owner_id = ?", (cid,)) if cid else ("", ())
        frows = facility_rows(store, fwhere, fparams, as_of=as_of)
        recs = [{"owner": r["owner"], "location": r["location"], "product": r["product"], "status": r["status"],
                 "capacity": {"value": r["capacity_value"], "unit": r["capacity_unit"]}
                 if r["capacity_value"] is not None else None,
                 "doc_id": r["doc_id"], "published": r["published"]} for r in frows if r["owner"]]
        for c in graph.capacity_contradictions(recs, tolerance=tolerance):
            d = c.detail
            out.append(ContradictionItem(
                "capacity", [d["owner"]], None,
                f"{d['owner']} plant at {d['location']}: capacity reported from {d['min']:g} to {d['max']:g} {d['unit']}",
                d,
            ))
    return out
