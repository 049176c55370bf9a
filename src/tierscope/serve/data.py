"""Read-only queries the web server needs: paginated company search, a company with its relations,
neighbourhoods, filtered relations, one relation with its evidence and history, facilities and
capacity. Every function takes a store (``tierscope.store.Store``) and returns JSON-ready dicts.

Statuses are derived like the CLI's (``tierscope.query.status.status_view``, i.e.
``tierscope.graph.history.current_status``; a near-duplicate cluster of documents is one source).
``as_of`` (an ISO date, already widened to the end of a month or year) keeps what was known on that
date, by the query library's rule: assertions published on or before it, and undated ones from
documents ingested on or before it; statuses are then re-derived from those alone.

Relations are aggregated, ordered (most recently reported first, then by id) and paged in SQL, so
only the rows a response carries have their status derived in Python; lists of ids go to SQLite as
one JSON parameter (``json_each``). The SQL needs only the store's indexes on
``relations(source_id)``, ``relations(target_id)``, ``assertions(relation_id)``,
``aliases(alias_key)``, ``facilities(owner_id)`` and ``facility_assertions(facility_id)``; covering
ones (``relations(source_id, id)``, ``assertions(relation_id, published)``) are used when present.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from .. import ids
from ..doc import RELATION_TYPES
from ..errors import NotFoundError
from ..graph import history
from ..graph.chain import capacity as chain_capacity
from ..query.status import current_status as latest_status
from ..query.status import latest, status_view

__all__ = [
    "list_companies",
    "company",
    "neighbourhood",
    "relations",
    "relation",
    "evidence_between",
    "facilities",
    "capacity",
    "stats",
    "MAX_NEIGHBOURHOOD_EDGES",
    "MAX_COMPANY_RELATIONS",
    "MAX_COMPANY_FACILITIES",
]

#: A neighbourhood returns at most this many edges (depth-1 edges first, then the most recent).
MAX_NEIGHBOURHOOD_EDGES = 400
#: A company lists its this many most recently reported relations; the rest page through
#: ``relations(company=...)``, which orders them the same way. Small, because each one listed costs
#: a status derivation and hub companies have thousands.
MAX_COMPANY_RELATIONS = 100
#: A company lists at most this many facilities.
MAX_COMPANY_FACILITIES = 500
_CHUNK = 900  # bound parameters per IN (...) list


def _chunks(values: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), n):
        yield values[i : i + n]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _in_rows(store, sql: str, values: Iterable[Any], extra: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` (with one ``{marks}`` placeholder) over ``values`` in chunks."""
    values = list(dict.fromkeys(values))
    out: list[dict[str, Any]] = []
    for part in _chunks(values):
        out.extend(store.rows(sql.format(marks=_marks(len(part))), (*part, *extra)))
    return out


def _known(row: dict[str, Any], as_of: str | None) -> bool:
    """Whether an assertion row (``published``, ``ingested_at``) was known on ``as_of``: the query
    library's rule (``tierscope.query.core.known_by``), published on or before it, or undated and
    ingested on or before it."""
    if as_of is None:
        return True
    when = row.get("published") or row.get("ingested_at") or ""
    return when[:10] <= as_of


def _known_sql(as_of: str | None) -> tuple[str, list[Any]]:
    """SQL twin of ``_known`` over assertions ``a``, with its parameters. Without ``as_of`` it is
    always true and names no column, so an index on ``assertions(relation_id, published)`` can
    answer the relation queries on its own."""
    if as_of is None:
        return "1", []
    return ("(substr(a.published, 1, 10) <= ? OR (a.published IS NULL AND "
            "(SELECT substr(ingested_at, 1, 10) FROM documents WHERE id = a.doc_id) <= ?))"), [as_of, as_of]


# -- companies ---------------------------------------------------------------------------------


def stats(store) -> dict[str, int]:
    one = store.rows(
        "SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM relations) AS relations, "
        "(SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM facilities) AS facilities"
    )[0]
    return dict(one)


def _aliases(store, cids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for r in _in_rows(store, "SELECT company_id, alias FROM aliases WHERE company_id IN ({marks}) ORDER BY rowid", cids):
        out[r["company_id"]].append(r["alias"])
    return out


def _degree(store, cids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for col in ("source_id", "target_id"):
        for r in _in_rows(
            store, f"SELECT {col} AS id, count(*) AS n FROM relations WHERE {col} IN ({{marks}}) GROUP BY {col}", cids
        ):
            out[r["id"]] += r["n"]
    return out


def _summaries(store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cids = [r["id"] for r in rows]
    aliases = _aliases(store, cids)
    degree = _degree(store, cids)
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "aliases": [a for a in aliases.get(r["id"], []) if a != r["name"]],
            "country": r["country"],
            "relations": degree.get(r["id"], 0),
        }
        for r in rows
    ]


def list_companies(store, q: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Companies by name, or those with a name or alias containing ``q`` (case, accents and spacing
    ignored): exact matches first, then names starting with ``q``, then the rest; ties go to the
    more connected company, then the name."""
    needle = ids.company_key(q) if q else ""
    if not needle:
        total = store.rows("SELECT count(*) AS n FROM companies")[0]["n"]
        rows = store.rows(
            "SELECT id, name, country FROM companies ORDER BY key, id LIMIT ? OFFSET ?", (limit, offset)
        )
        return {"items": _summaries(store, rows), "total": total, "limit": limit, "offset": offset, "q": q or None}
    esc = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # Ranked, ordered and cut in SQL: a one-letter query matches most companies, and only the page
    # shown needs its names, aliases and degree read into Python. Names that were never recorded as
    # aliases (older files) still match by the company's key.
    matched = (
        "WITH m(id, rank) AS ("
        " SELECT company_id, CASE WHEN alias_key = :k THEN 0 WHEN alias_key LIKE :pre ESCAPE '\\' THEN 1 ELSE 2 END"
        " FROM aliases WHERE alias_key LIKE :any ESCAPE '\\'"
        " UNION ALL SELECT id, CASE WHEN key = :k THEN 0 WHEN key LIKE :pre ESCAPE '\\' THEN 1 ELSE 2 END"
        " FROM companies WHERE key LIKE :any ESCAPE '\\'),"
        " r(id, rank) AS (SELECT id, min(rank) FROM m GROUP BY id) "
    )
    params = {"k": needle, "pre": esc + "%", "any": "%" + esc + "%", "limit": limit, "offset": offset}
    total = store.rows(matched + "SELECT count(*) AS n FROM r JOIN companies c ON c.id = r.id", params)[0]["n"]
    page = store.rows(
        matched + "SELECT c.id, c.name, c.key, c.country FROM r JOIN companies c ON c.id = r.id "
        "ORDER BY r.rank, (SELECT count(*) FROM relations WHERE source_id = c.id)"
        " + (SELECT count(*) FROM relations WHERE target_id = c.id) DESC, c.key, c.id LIMIT :limit OFFSET :offset",
        params,
    )
    return {"items": _summaries(store, page), "total": total, "limit": limit, "offset": offset, "q": q}


def _company_row(store, cid: str) -> dict[str, Any]:
    rows = store.rows("SELECT id, name, sectors, country FROM companies WHERE id = ?", (cid,))
    if not rows:
        raise NotFoundError(f"no company with id {cid!r}; find ids with GET /api/companies?q=NAME")
    return rows[0]


# -- relations ---------------------------------------------------------------------------------

_REL_SQL = (
    "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric, cs.name AS source_name, ct.name AS target_name "
    "FROM relations r JOIN companies cs ON cs.id = r.source_id JOIN companies ct ON ct.id = r.target_id "
)
# The evidence text and the document title let status_view apply the headline rule (a headline
# yields to its own article's body), so the page derives the same status as the CLI.
_ASSERTION_COLS = ("a.relation_id, a.rowid AS seq, a.status, a.published, a.doc_id, a.product, d.ingested_at, "
                   "COALESCE(d.cluster_id, d.id) AS source_key, a.evidence_text AS text, d.title")


def _assertions_for(store, rids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _in_rows(
        store,
        # CROSS JOIN keeps assertions (by relation_id) as the outer loop: with a long IN list
        # SQLite's planner otherwise may scan every document, some hundred times slower.
        f"SELECT {_ASSERTION_COLS} FROM assertions a CROSS JOIN documents d ON d.id = a.doc_id "
        f"WHERE a.relation_id IN ({{marks}}) ORDER BY a.rowid",
        rids,
    ):
        out[r["relation_id"]].append(r)
    return out


def _summary(rel: dict[str, Any], rows: list[dict[str, Any]], as_of: str | None) -> dict[str, Any] | None:
    """A relation with its derived status from ``rows`` (its assertions); None when no assertion
    was known on ``as_of``."""
    known = [r for r in rows if _known(r, as_of)]
    if not known:
        return None
    view = status_view(known, as_of)
    assert view is not None  # relation statuses only
    dates = sorted(r["published"] for r in known if r["published"])
    products: list[str] = []
    for r in known:
        if r["product"] and r["product"] not in products:
            products.append(r["product"])
    return {
        "id": rel["id"],
        "type": rel["type"],
        "symmetric": bool(rel["symmetric"]),
        "source": {"id": rel["source_id"], "name": rel["source_name"]},
        "target": {"id": rel["target_id"], "name": rel["target_name"]},
        "status": view.status,
        "status_reason": view.reason,
        "status_since": view.since,
        "contested": view.contested,
        "assertions": len(known),
        "documents": len({r["doc_id"] for r in known}),
        "sources": len({r.get("source_key") or r["doc_id"] for r in known}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "products": products,
    }


def _json_list(values: Iterable[Any]) -> str:
    """One SQL parameter holding a list of values, read back with ``json_each(?)``: no chunking
    and no limit on the number of bound parameters."""
    return json.dumps(list(dict.fromkeys(values)))


#: Relations touching any company id in the json list parameter, minus those in the second one.
_TOUCHING_SQL = ("a.relation_id IN (SELECT id FROM relations WHERE source_id IN (SELECT value FROM json_each(?)) "
                 "UNION ALL SELECT id FROM relations WHERE target_id IN (SELECT value FROM json_each(?))) "
                 "AND a.relation_id NOT IN (SELECT value FROM json_each(?))")
#: Most recently reported first; undated last; then by id, so that pages are stable.
_RECENT_SQL = "ORDER BY last_seen IS NULL, last_seen DESC, id"


def _known_relations(store, cids: Sequence[str], as_of: str | None, *, limit: int | None = None,
                     exclude: Iterable[str] = ()) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Relations touching any of ``cids`` (except ``exclude``) with at least one assertion known on
    ``as_of``: the ``limit`` most recently reported (all when None) as rows ``id, first_seen,
    last_seen``, and ``{total, first_seen, last_seen}`` over all of them.

    Aggregated, ordered and cut in SQL, so a hub company with thousands of relations costs one
    indexed scan and returns only the rows the page shows."""
    known, known_params = _known_sql(as_of)
    rows = store.rows(
        f"""
        WITH agg AS (
            SELECT a.relation_id AS id, min(a.published) AS first_seen, max(a.published) AS last_seen
            FROM assertions a
            WHERE {_TOUCHING_SQL} AND {known}
            GROUP BY a.relation_id)
        SELECT id, first_seen, last_seen, count(*) OVER () AS n_all, min(first_seen) OVER () AS first_all,
               max(last_seen) OVER () AS last_all
        FROM agg {_RECENT_SQL} LIMIT ?
        """,
        (_json_list(cids), _json_list(cids), _json_list(exclude), *known_params,
         -1 if limit is None else limit),
    )
    if not rows and limit == 0:  # LIMIT 0 returns no row to read the totals from
        return [], _known_totals(store, cids, as_of, exclude)
    totals = {"total": rows[0]["n_all"] if rows else 0, "first_seen": rows[0]["first_all"] if rows else None,
              "last_seen": rows[0]["last_all"] if rows else None}
    return [{"id": r["id"], "first_seen": r["first_seen"], "last_seen": r["last_seen"]} for r in rows], totals


def _known_totals(store, cids: Sequence[str], as_of: str | None, exclude: Iterable[str]) -> dict[str, Any]:
    _, totals = _known_relations(store, cids, as_of, limit=1, exclude=exclude)
    return totals


def _summaries_for(store, rids: Sequence[str], as_of: str | None) -> list[dict[str, Any]]:
    """Summaries of relations ``rids`` in that order (those with nothing known on ``as_of`` left out)."""
    rels = {r["id"]: r for r in _in_rows(store, _REL_SQL + "WHERE r.id IN ({marks})", rids)}
    assertions = _assertions_for(store, list(rels))
    out = []
    for rid in dict.fromkeys(rids):
        if rid not in rels:
            continue
        s = _summary(rels[rid], assertions.get(rid, []), as_of)
        if s is not None:
            out.append(s)
    return out


def company(store, cid: str, as_of: str | None = None) -> dict[str, Any]:
    """One company: names, relations seen from it (``direction`` out/in/mutual, ``other``; the
    ``MAX_COMPANY_RELATIONS`` most recently reported, ``relations_total`` counts all; the rest come
    from ``relations(company=cid, offset=...)`` in the same order), its facilities,
    and when it was first and last reported."""
    row = _company_row(store, cid)
    aliases = [r["alias"] for r in store.rows("SELECT alias FROM aliases WHERE company_id = ? ORDER BY rowid", (cid,))]
    known, totals = _known_relations(store, [cid], as_of, limit=MAX_COMPANY_RELATIONS)
    rels = _summaries_for(store, [r["id"] for r in known], as_of)
    seen_from = []
    for s in rels:
        out = s["source"]["id"] == cid
        seen_from.append(
            {
                **s,
                "direction": "mutual" if s["symmetric"] else ("out" if out else "in"),
                "other": s["target"] if out else s["source"],
            }
        )
    facs = facilities(store, owner=cid, as_of=as_of, limit=MAX_COMPANY_FACILITIES)["items"]
    dates = [d for d in (totals["first_seen"], totals["last_seen"]) if d]
    dates += [d for f in facs for d in (f["first_seen"], f["last_seen"]) if d]
    return {
        "id": row["id"],
        "name": row["name"],
        "aliases": [a for a in aliases if a != row["name"]],
        "sectors": json.loads(row["sectors"]) if row["sectors"] else [],
        "country": row["country"],
        "as_of": as_of,
        "first_seen": min(dates) if dates else None,
        "last_seen": max(dates) if dates else None,
        "relations_total": totals["total"],
        "relations": seen_from,
        "facilities": facs,
    }


def neighbourhood(store, cid: str, depth: int = 1, as_of: str | None = None,
                  max_edges: int = MAX_NEIGHBOURHOOD_EDGES) -> dict[str, Any]:
    """Companies within ``depth`` relations of ``cid`` and the relations that reach them. Relations
    with nothing known on ``as_of`` are left out (and not followed). At most ``max_edges`` edges:
    nearer edges first, then the most recently reported; ``truncated`` says when some were left out."""
    row = _company_row(store, cid)
    nodes: dict[str, dict[str, Any]] = {cid: {"id": cid, "name": row["name"], "depth": 0}}
    edges: dict[str, dict[str, Any]] = {}
    frontier = [cid]
    truncated = False
    for level in range(1, depth + 1):
        if not frontier or truncated:
            break
        room = max_edges - len(edges)
        known, totals = _known_relations(store, frontier, as_of, limit=room, exclude=edges)
        truncated = totals["total"] > room
        nxt = []
        for s in _summaries_for(store, [r["id"] for r in known], as_of):
            edges[s["id"]] = s
            for end in (s["source"], s["target"]):
                if end["id"] not in nodes:
                    nodes[end["id"]] = {"id": end["id"], "name": end["name"], "depth": level}
                    nxt.append(end["id"])
        frontier = nxt
    return {
        "center": cid,
        "depth": depth,
        "as_of": as_of,
        "nodes": list(nodes.values()),
        "edges": list(edges.values()),
        "truncated": truncated,
    }


#: An assertion's date as a full ISO day (``2024-06`` -> ``2024-06-01``), like ``history.parse_date``.
_DAY_SQL = ("(CASE length(a.published) WHEN 4 THEN a.published || '-01-01' WHEN 7 THEN a.published || '-01' "
            "ELSE substr(a.published, 1, 10) END)")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def relations(
    store,
    *,
    type: str | None = None,
    status: str | None = None,
    product: str | None = None,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
    company: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Relations with something known on ``as_of``, most recently reported first. ``status`` is the
    derived status (as of ``as_of``); ``product`` matches a known assertion's product (substring,
    any case); ``since``/``until`` keep relations reported in that period (some known assertion
    published in it); ``company`` is a company id.

    Everything but ``status`` is filtered, ordered and paged in SQL, so a page costs the status
    derivation of its own rows only. A derived status is always the status of one of the
    relation's known assertions, so ``status`` is narrowed in SQL first, and relations whose known
    assertions all say the same thing need no derivation at all."""
    known, params = _known_sql(as_of)
    where = [known]
    if type:
        where.append("a.relation_id IN (SELECT id FROM relations WHERE type = ?)")
        params.append(type)
    if company:
        _company_row(store, company)
        where.append("a.relation_id IN (SELECT id FROM relations WHERE source_id = ? "
                     "UNION ALL SELECT id FROM relations WHERE target_id = ?)")
        params += [company, company]
    having, having_params = [], []
    if product:
        having.append("max(a.product LIKE ? ESCAPE '\\')")
        having_params.append(_like(product))
    if since or until:
        having.append(f"max(a.published IS NOT NULL AND (? IS NULL OR {_DAY_SQL} >= ?) AND (? IS NULL OR {_DAY_SQL} <= ?))")
        having_params += [since, since, until, until]
    if status:
        having.append("max(a.status = ?)")
        having_params.append(status)
    sql = (
        "SELECT a.relation_id AS id, max(a.published) AS last_seen, count(DISTINCT a.status) AS n_statuses, "
        "min(a.status) AS one_status FROM assertions a WHERE " + " AND ".join(where) + " GROUP BY a.relation_id"
        + (" HAVING " + " AND ".join(having) if having else "")
    )
    if not status:
        page = store.rows(f"SELECT id, count(*) OVER () AS n_all FROM ({sql}) {_RECENT_SQL} LIMIT ? OFFSET ?",
                          (*params, *having_params, limit, offset))
        total = page[0]["n_all"] if page else _count(store, sql, (*params, *having_params))
        return {"items": _summaries_for(store, [r["id"] for r in page], as_of), "total": total, "limit": limit,
                "offset": offset}
    candidates = store.rows(f"SELECT id, n_statuses, one_status FROM ({sql}) {_RECENT_SQL}",
                            (*params, *having_params))
    mixed = [r["id"] for r in candidates if r["n_statuses"] > 1]
    derived = {}
    for part in _chunks(mixed):
        rows = _assertions_for(store, part)
        for rid in part:
            known = [r for r in rows.get(rid, []) if _known(r, as_of)]
            view = status_view(known, as_of) if known else None
            derived[rid] = view.status if view else None
    matching = [r["id"] for r in candidates if (derived[r["id"]] if r["n_statuses"] > 1 else r["one_status"]) == status]
    return {"items": _summaries_for(store, matching[offset : offset + limit], as_of), "total": len(matching),
            "limit": limit, "offset": offset}


def _count(store, sql: str, params: Sequence[Any]) -> int:
    return store.rows(f"SELECT count(*) AS n FROM ({sql})", params)[0]["n"]


def _addresses(store, doc_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in _in_rows(store, "SELECT doc_id, source, url FROM sources WHERE doc_id IN ({marks}) ORDER BY rowid", doc_ids):
        out[s["doc_id"]].append({"source": s["source"], "url": s["url"]})
    return out


def _evidence_items(store, rows: list[dict[str, Any]], as_of: str | None) -> list[dict[str, Any]]:
    addresses = _addresses(store, [r["doc_id"] for r in rows])
    return [
        {
            "assertion_id": r["assertion_id"],
            "relation_id": r["relation_id"],
            "status": r["status"],
            "product": r["product"],
            "confidence": r["confidence"],
            "text": r["text"],
            "start": r["start"],
            "end": r["end"],
            "language": r["language"],
            "published": r["published"],
            "known_on_as_of": _known(r, as_of),
            "source_name": r["source_name"],
            "target_name": r["target_name"],
            "document": {
                "id": r["doc_id"],
                "cluster": r["source_key"],
                "key": r["doc_key"],
                "title": r["title"],
                "url": r["url"],
                "source": r["document_source"],
                "addresses": addresses.get(r["doc_id"], []),
            },
        }
        for r in rows
    ]


_EVIDENCE_SQL = (
    "SELECT a.id AS assertion_id, a.rowid AS seq, a.relation_id, a.status, a.product, a.confidence, "
    "a.evidence_text AS text, a.start, a.end, a.published, a.source_name, a.target_name, a.doc_id, "
    "d.doc_key, d.title, d.url, d.language, d.source AS document_source, d.ingested_at, "
    "COALESCE(d.cluster_id, d.id) AS source_key "
    "FROM assertions a JOIN documents d ON d.id = a.doc_id "
)
_BY_DATE = " ORDER BY a.published IS NULL, a.published, a.rowid"


def relation(store, rid: str, as_of: str | None = None) -> dict[str, Any]:
    """One relation: its status (as of ``as_of``), every assertion's evidence (all of them, each
    flagged ``known_on_as_of``), the status timeline and dates where sources disagree."""
    rels = store.rows(_REL_SQL + "WHERE r.id = ?", (rid,))
    if not rels:
        raise NotFoundError(f"no relation with id {rid!r}; list relations with GET /api/relations")
    rows = store.rows(_EVIDENCE_SQL + "WHERE a.relation_id = ?" + _BY_DATE, (rid,))
    known = [r for r in rows if _known(r, as_of)]
    summary = _summary(rels[0], rows, as_of)
    if summary is None:  # nothing known yet on as_of (or no assertion at all)
        rel = rels[0]
        summary = {
            "id": rel["id"], "type": rel["type"], "symmetric": bool(rel["symmetric"]),
            "source": {"id": rel["source_id"], "name": rel["source_name"]},
            "target": {"id": rel["target_id"], "name": rel["target_name"]},
            "status": None,
            "status_reason": f"nothing reported on or before {as_of}" if as_of else "no statement",
            "status_since": None, "contested": False, "assertions": 0, "documents": 0, "sources": 0,
            "first_seen": None, "last_seen": None, "products": [],
        }
    steps = history.timeline(known)
    return {
        **summary,
        "as_of": as_of,
        "timeline": [
            {"status": s.status, "start": s.start, "end": s.end, "sources": s.sources, "documents": s.doc_ids,
             "effective": s.effective}
            for s in steps
        ],
        "contradictions": [{"date": c.date, **c.detail} for c in history.contradictions(known)],
        "evidence": _evidence_items(store, rows, as_of),
    }


def evidence_between(store, a: str, b: str, as_of: str | None = None) -> dict[str, Any]:
    """Every assertion linking companies ``a`` and ``b`` (ids), in either direction, oldest first."""
    ca, cb = _company_row(store, a), _company_row(store, b)
    rows = store.rows(
        _EVIDENCE_SQL + "JOIN relations r ON r.id = a.relation_id "
        "WHERE (r.source_id = ? AND r.target_id = ?) OR (r.source_id = ? AND r.target_id = ?)" + _BY_DATE,
        (a, b, b, a),
    )
    rels = {r["id"]: r for r in store.rows(_REL_SQL + "WHERE (r.source_id = ? AND r.target_id = ?) OR "
                                           "(r.source_id = ? AND r.target_id = ?)", (a, b, b, a))}
    items = _evidence_items(store, rows, as_of)
    for item in items:
        rel = rels[item["relation_id"]]
        item["type"] = rel["type"]
        item["source"] = {"id": rel["source_id"], "name": rel["source_name"]}
        item["target"] = {"id": rel["target_id"], "name": rel["target_name"]}
    return {
        "a": {"id": ca["id"], "name": ca["name"]},
        "b": {"id": cb["id"], "name": cb["name"]},
        "as_of": as_of,
        "items": items,
    }


# -- facilities --------------------------------------------------------------------------------

_FAC_SQL = (
    "SELECT f.id AS facility_id, f.owner_id, c.name AS owner, f.location, f.product, fa.rowid AS seq, fa.status, "
    "fa.capacity_value, fa.capacity_unit, fa.investment_amount, fa.investment_currency, fa.published, fa.doc_id, "
    "fa.owner_name, d.ingested_at, COALESCE(d.cluster_id, d.id) AS source_key "
    "FROM facilities f JOIN facility_assertions fa ON fa.facility_id = f.id "
    "JOIN documents d ON d.id = fa.doc_id LEFT JOIN companies c ON c.id = f.owner_id "
)


def _countries(store, locations: Iterable[str]) -> dict[str, str]:
    """Country (ISO alpha-2) of place names: from PLACE mentions the entity stage tagged, else from
    the place list, which also knows other languages' names for a place ("Lipsia" is Leipzig) and
    the names the store may file a plant under instead of the one the article used."""
    locations = [loc for loc in locations if loc]
    out: dict[str, str] = {}
    for r in _in_rows(
        store,
        "SELECT text, json_extract(attrs, '$.country') AS country FROM mentions "
        "WHERE label = 'PLACE' AND text IN ({marks}) AND json_extract(attrs, '$.country') IS NOT NULL",
        locations,
    ):
        out.setdefault(r["text"], r["country"])
    for loc in locations:
        if loc not in out:
            place = _place_list().get(loc)
            if place is not None and place.country:
                out[loc] = place.country
    return out


def _place_list():
    from ..entities.gazetteer import places

    return places()


def _facility_groups(store, where: str, params: Sequence[Any], as_of: str | None) -> list[dict[str, Any]]:
    rows = store.rows(_FAC_SQL + where + " ORDER BY fa.published IS NULL, fa.published, fa.rowid", params)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if _known(r, as_of):
            groups[r["facility_id"]].append(r)
    countries = _countries(store, {rs[0]["location"] for rs in groups.values()})
    out = []
    for fid, rs in groups.items():
        cap = latest([r for r in rs if r["capacity_value"] is not None])
        inv = latest([r for r in rs if r["investment_amount"] is not None])
        dates = [r["published"] for r in rs if r["published"]]
        first = rs[0]
        out.append(
            {
                "id": fid,
                "owner": {"id": first["owner_id"], "name": first["owner"]} if first["owner_id"] else None,
                "location": first["location"],
                "country": countries.get(first["location"] or ""),
                "product": first["product"],
                "status": latest_status(rs),
                "capacity": {"value": cap["capacity_value"], "unit": cap["capacity_unit"]} if cap else None,
                "investment": {"amount": inv["investment_amount"], "currency": inv["investment_currency"]} if inv else None,
                "documents": len({r["doc_id"] for r in rs}),
                "sources": len({r["source_key"] for r in rs}),
                "first_seen": min(dates) if dates else None,
                "last_seen": max(dates) if dates else None,
            }
        )
    out.sort(key=lambda f: ((f["owner"] or {}).get("name") or "", f["location"] or "", f["product"] or "", f["id"]))
    return out


def facilities(store, *, owner: str | None = None, status: str | None = None, as_of: str | None = None,
               limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Facilities (one per owner, location and product) with their latest status, capacity and
    investment as of ``as_of``; ``owner`` is a company id."""
    where, params = "", []
    if owner:
        _company_row(store, owner)
        where, params = "WHERE f.owner_id = ?", [owner]
    items = _facility_groups(store, where, params, as_of)
    if status:
        items = [f for f in items if f["status"] == status]
    return {"items": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


def capacity(store, by: str = "owner", as_of: str | None = None) -> dict[str, Any]:
    """Plant capacity in GWh per owner or country (``tierscope.graph.chain.capacity``: plants that
    are active, announced, under construction or planned; energy units only)."""
    records = []
    for f in _facility_groups(store, "", (), as_of):
        records.append(
            {
                "owner": (f["owner"] or {}).get("name"),
                "owner_id": (f["owner"] or {}).get("id"),
                "location": f["location"],
                "country": f["country"],
                "product": f["product"],
                "status": f["status"],
                "capacity": f["capacity"],
                "published": f["last_seen"],
            }
        )
    totals = chain_capacity(records, by=by)
    ids_by_owner = {r["owner"]: r["owner_id"] for r in records if r["owner"]}
    plants: dict[str, int] = defaultdict(int)
    for r in records:
        if r["capacity"] and str(r["capacity"].get("unit") or "").casefold() in ("gwh", "mwh", "twh"):
            plants[str(r[by] or "unknown")] += 1
    return {
        "by": by,
        "as_of": as_of,
        "unit": "GWh",
        "items": [
            {"label": label, "gwh": round(gwh, 6), "plants": plants.get(label, 0),
             "company_id": ids_by_owner.get(label) if by == "owner" else None}
            for label, gwh in totals.items()
        ],
    }


def relation_types() -> tuple[str, ...]:
    return RELATION_TYPES
