"""Reading the graph: find a company, list companies, a company's profile, relations, evidence.

Every function takes a store (``tierscope.store.Store``) and returns plain dataclasses; ``to_dict()``
gives their JSON shape (what ``--json`` prints).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from .. import ids
from ..doc import RELATION_TYPES, STATUSES
from ..errors import NotFoundError, UsageError
from ..store.base import Store
from .status import as_of_bound, current_status, latest, status_view

__all__ = [
    "Company",
    "CompanySummary",
    "RelationSummary",
    "ProfileRelation",
    "FacilitySummary",
    "Profile",
    "EvidenceItem",
    "find_company",
    "companies",
    "company_profile",
    "relations",
    "evidence",
    "relation_assertions",
    "is_headline",
]


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class Company(_Record):
    id: str
    name: str
    aliases: list[str]
    sectors: list[str]
    country: str | None


@dataclass
class CompanySummary(_Record):
    id: str
    name: str
    aliases: list[str]
    relations: int
    documents: int


@dataclass
class RelationSummary(_Record):
    """A relation between two companies with its current status and how often it was reported.
    ``first_seen``/``last_seen`` are the earliest and latest publication dates of its assertions."""

    id: str
    type: str
    source: str
    target: str
    symmetric: bool
    status: str | None
    assertions: int
    documents: int
    first_seen: str | None
    last_seen: str | None
    products: list[str] = field(default_factory=list)
    #: Distinct sources (near-duplicate clusters: a reprint or translation counts once).
    sources: int = 0
    #: When the current status was first stated, days since it was last stated (to ``as_of`` or
    #: today), why (e.g. "rumoured since 2022-03-01, nothing stronger for 700 days"), and whether
    #: sources disagreed on one date.
    status_since: str | None = None
    age_days: int | None = None
    status_reason: str = ""
    contested: bool = False


@dataclass
class ProfileRelation(_Record):
    """A relation seen from one company: ``direction`` is "out" (the company is the source: it
    supplies, owns, buys, invests), "in" (it is the target) or "mutual" (symmetric types)."""

    id: str
    type: str
    other: str
    direction: str
    status: str | None
    assertions: int
    documents: int
    first_seen: str | None
    last_seen: str | None
    products: list[str] = field(default_factory=list)
    sources: int = 0
    status_since: str | None = None
    age_days: int | None = None
    status_reason: str = ""
    contested: bool = False


@dataclass
class FacilitySummary(_Record):
    id: str
    location: str | None
    product: str | None
    status: str | None
    capacity: dict[str, Any] | None
    investment: dict[str, Any] | None
    documents: int
    first_seen: str | None
    last_seen: str | None
    sources: int = 0


@dataclass
class Profile(_Record):
    company: Company
    relations: dict[str, list[ProfileRelation]]
    facilities: list[FacilitySummary]
    documents: int
    sources: int  # distinct sources: near-duplicate clusters of the documents
    first_seen: str | None
    last_seen: str | None
    addresses: int = 0  # every address the documents were seen at
    contradictions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class EvidenceItem(_Record):
    """One assertion with the sentence that supports it and where it was read."""

    assertion_id: str
    relation_id: str
    type: str
    source: str
    target: str
    status: str
    product: str | None
    confidence: float | None
    doc_key: str
    doc_id: str
    title: str | None
    published: str | None
    url: str | None
    document_source: str
    addresses: list[str]
    text: str
    start: int
    end: int
    component: str | None
    source_key: str | None = None  # near-duplicate cluster of the document (one source)


# -- lookup ------------------------------------------------------------------------------------

_SQUASH = re.compile(r"[\W_]+")


def _squash(key: str) -> str:
    return _SQUASH.sub("", key)


def _company(store: Store, cid: str) -> Company:
    row = store.rows("SELECT id, name, sectors, country FROM companies WHERE id = ?", (cid,))[0]
    aliases = [r["alias"] for r in store.rows("SELECT alias FROM aliases WHERE company_id = ? ORDER BY rowid", (cid,))]
    return Company(
        id=row["id"],
        name=row["name"],
        aliases=[a for a in aliases if a != row["name"]],
        sectors=json.loads(row["sectors"]) if row["sectors"] else [],
        country=row["country"],
    )


def _suggestions(store: Store, text: str, limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    rows = store.rows("SELECT a.alias_key, c.name FROM aliases a JOIN companies c ON c.id = a.company_id")
    if not rows:
        return []
    choices = [r["alias_key"] for r in rows]
    found = process.extract(ids.company_key(text), choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70)
    names: list[str] = []
    for _, _, i in found:
        if rows[i]["name"] not in names:
            names.append(rows[i]["name"])
    return names[:limit]


def find_company(store: Store, text: str) -> Company:
    """The company called ``text`` (any alias; case, accents, spacing and punctuation ignored), or
    the one company whose names start with the words of ``text``.

    Raises ``NotFoundError`` naming close matches when there is none, or the candidates when the
    words start the names of several companies.
    """
    key = ids.company_key(text or "")
    if key:
        rows = store.rows(
            "SELECT a.company_id FROM aliases a JOIN companies c ON c.id = a.company_id "
            "WHERE a.alias_key = ? ORDER BY (c.key = ?) DESC, c.rowid LIMIT 1",
            (key, key),
        )
        if not rows:
            squashed = _squash(key)
            rows = [
                r
                for r in store.rows(
                    "SELECT a.company_id, a.alias_key FROM aliases a JOIN companies c ON c.id = a.company_id "
                    "ORDER BY (c.key = a.alias_key) DESC, c.rowid"
                )
                if squashed and _squash(r["alias_key"]) == squashed
            ]
        if rows:
            return _company(store, rows[0]["company_id"])
        # The first words of one company's name ("Voltaria" for "Voltaria Energia"): accepted when
        # they start the names of one company only ("Samsung" is Samsung SDI or Samsung Electronics).
        rows = store.rows(
            "SELECT DISTINCT a.company_id, c.name FROM aliases a JOIN companies c ON c.id = a.company_id "
            "WHERE a.alias_key >= ? AND a.alias_key < ? ORDER BY c.name LIMIT 6",
            (key + " ", key + "!"),
        )
        if len(rows) == 1:
            return _company(store, rows[0]["company_id"])
        if rows:
            names = ", ".join(r["name"] for r in rows[:5])
            raise NotFoundError(f"{text!r} starts the names of several companies ({names}); type more of the name")
    close = _suggestions(store, text) if key else []
    if close:
        raise NotFoundError(f"no company matches {text!r}; did you mean {', '.join(close)}?")
    raise NotFoundError(f"no company matches {text!r}; list known ones with `tierscope companies --search TEXT`")


def companies(store: Store, search: str | None = None, as_of: str | None = None) -> list[CompanySummary]:
    """Every company (or those with an alias containing ``search``), most connected first. With
    ``as_of``, only what was known on that date: companies seen in documents known then, and
    counts over those documents."""
    _check_date(as_of)
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in store.rows("SELECT company_id, alias, alias_key FROM aliases ORDER BY rowid"):
        aliases[r["company_id"]].append((r["alias"], r["alias_key"]))
    rows = store.rows(
        """
        WITH known AS (SELECT id FROM documents
                       WHERE :asof IS NULL OR substr(COALESCE(published, ingested_at), 1, 10) <= :asof)
        SELECT c.id, c.name,
          (SELECT count(DISTINCT r.id) FROM relations r JOIN assertions a ON a.relation_id = r.id
            WHERE (r.source_id = c.id OR r.target_id = c.id) AND a.doc_id IN (SELECT id FROM known)) AS relations,
          (SELECT count(*) FROM (
              SELECT m.doc_id FROM mentions m WHERE m.company_id = c.id
              UNION SELECT a.doc_id FROM assertions a JOIN relations r ON r.id = a.relation_id
                    WHERE r.source_id = c.id OR r.target_id = c.id
              UNION SELECT fa.doc_id FROM facility_assertions fa JOIN facilities f ON f.id = fa.facility_id
                    WHERE f.owner_id = c.id) x WHERE x.doc_id IN (SELECT id FROM known)) AS documents
        FROM companies c
        """,
        {"asof": as_of_bound(as_of)},
    )
    needle = ids.company_key(search) if search else ""
    out = []
    for r in rows:
        names = aliases.get(r["id"], [])
        if needle and not any(needle in k for _, k in names) and needle not in ids.company_key(r["name"]):
            continue
        if as_of and not r["documents"]:
            continue
        out.append(
            CompanySummary(
                id=r["id"],
                name=r["name"],
                aliases=[a for a, _ in names if a != r["name"]],
                relations=r["relations"],
                documents=r["documents"],
            )
        )
    out.sort(key=lambda c: (-c.relations, -c.documents, c.name.casefold()))
    return out


# -- relations ---------------------------------------------------------------------------------

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_type(type: str | None) -> None:
    if type is not None and type not in RELATION_TYPES:
        raise UsageError(f"unknown relation type {type!r}; use one of: {', '.join(RELATION_TYPES)}")


def _check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")


def _check_date(since: str | None) -> None:
    if since is not None and not _DATE.match(since):
        raise UsageError(f"expected a date like 2024-06-30 (or 2024-06, 2024), got {since!r}")


_ASSERTIONS_SQL = """
SELECT a.id AS assertion_id, a.rowid AS seq, a.relation_id, r.type, r.symmetric,
       r.source_id, r.target_id, cs.name AS source, ct.name AS target,
       a.status, a.product, a.confidence, a.evidence_text AS text, a.start, a.end, a.published,
       a.component, a.doc_id, d.doc_key, d.title, d.url, d.source AS document_source,
       COALESCE(d.cluster_id, d.id) AS source_key, d.ingested_at
FROM assertions a
JOIN relations r ON r.id = a.relation_id
JOIN companies cs ON cs.id = r.source_id
JOIN companies ct ON ct.id = r.target_id
JOIN documents d ON d.id = a.doc_id
"""


#: SQL condition: a row of table alias ``x`` (with ``published``), in document ``d``, was known on
#: the date bound to ``?``. Undated documents count as known from the day they were ingested.
def known_by(x: str = "a", d: str = "d") -> str:
    return f"substr(COALESCE({x}.published, {d}.ingested_at), 1, 10) <= ?"


def relation_assertions(
    store: Store, where: str = "", params: tuple[Any, ...] = (), as_of: str | None = None
) -> list[dict[str, Any]]:
    """Assertion rows joined with their relation, company names and document, oldest first.
    ``where`` is an SQL condition over ``a`` (assertions), ``r`` (relations) and ``d`` (documents).
    ``as_of`` (a date) keeps what was known on that date: assertions published on or before it, and
    undated ones from documents ingested on or before it. Each row has ``source_key``, the
    document's near-duplicate cluster, and ``headline`` (the evidence is the article's title)."""
    _check_date(as_of)
    conds, params = ([f"({where})"] if where else []), tuple(params)
    if as_of:
        conds.append(known_by())
        params = params + (as_of_bound(as_of),)
    sql = _ASSERTIONS_SQL + (f" WHERE {' AND '.join(conds)}" if conds else "")
    rows = store.rows(sql + " ORDER BY a.published IS NULL, a.published, a.rowid", params)
    for r in rows:
        r["headline"] = is_headline(r["text"], r["title"])
    return rows


def _words(text: str | None) -> str:
    return " ".join(_SQUASH.sub(" ", (text or "").casefold()).split())


def is_headline(evidence: str | None, title: str | None) -> bool:
    """Whether an evidence sentence is the article's headline (the title, or part of it). The
    history gives a headline less weight than the article's body (``graph.history``)."""
    ev, t = _words(evidence), _words(title)
    return bool(ev and t) and len(ev) >= 10 and ev in t


def _summarise(rows: list[dict[str, Any]], as_of: str | None = None) -> RelationSummary:
    first = rows[0]
    view = status_view(rows, as_of)
    dates = [r["published"] for r in rows if r["published"]]
    products: list[str] = []
    for r in rows:
        if r["product"] and r["product"] not in products:
            products.append(r["product"])
    return RelationSummary(
        id=first["relation_id"],
        type=first["type"],
        source=first["source"],
        target=first["target"],
        symmetric=bool(first["symmetric"]),
        status=view.status if view else current_status(rows),
        assertions=len(rows),
        documents=len({r["doc_id"] for r in rows}),
        first_seen=min(dates) if dates else None,
        last_seen=max(dates) if dates else None,
        products=products,
        sources=len({r.get("source_key") or r["doc_id"] for r in rows}),
        status_since=view.since if view else None,
        age_days=view.age_days if view else None,
        status_reason=view.reason if view else "",
        contested=view.contested if view else False,
    )


def _group(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["relation_id"]].append(r)
    return groups


def relations(
    store: Store,
    type: str | None = None,
    status: str | None = None,
    company: str | None = None,
    since: str | None = None,
    limit: int | None = None,
    as_of: str | None = None,
) -> list[RelationSummary]:
    """Relations, most recently reported first. ``status`` filters on the current status;
    ``since`` keeps relations reported on or after that date; ``company`` is any alias; ``as_of``
    answers from what was known on that date (see ``relation_assertions``)."""
    _check_type(type)
    _check_status(status)
    _check_date(since)
    if limit is not None and limit < 1:
        raise UsageError(f"limit must be a positive number, got {limit}")
    where, params = [], []
    if type:
        where.append("r.type = ?")
        params.append(type)
    if company:
        cid = find_company(store, company).id
        where.append("(r.source_id = ? OR r.target_id = ?)")
        params += [cid, cid]
    groups = _group(relation_assertions(store, " AND ".join(where), tuple(params), as_of=as_of))
    out = [_summarise(rows, as_of) for rows in groups.values()]
    if status:
        out = [r for r in out if r.status == status]
    if since:
        out = [r for r in out if r.last_seen and r.last_seen >= since]
    out.sort(key=lambda r: (r.type, r.source.casefold(), r.target.casefold()))
    out.sort(key=lambda r: r.last_seen or "", reverse=True)
    return out[:limit] if limit else out


def evidence(store: Store, a: str, b: str, as_of: str | None = None) -> list[EvidenceItem]:
    """Every assertion linking companies ``a`` and ``b``, in either direction, oldest first
    (known on ``as_of`` when given)."""
    ca, cb = find_company(store, a).id, find_company(store, b).id
    rows = relation_assertions(
        store, "(r.source_id = ? AND r.target_id = ?) OR (r.source_id = ? AND r.target_id = ?)", (ca, cb, cb, ca),
        as_of=as_of,
    )
    addresses: dict[str, list[str]] = defaultdict(list)
    if rows:
        doc_ids = sorted({r["doc_id"] for r in rows})
        marks = ",".join("?" * len(doc_ids))
        for s in store.rows(f"SELECT doc_id, source FROM sources WHERE doc_id IN ({marks}) ORDER BY rowid", doc_ids):
            addresses[s["doc_id"]].append(s["source"])
    return [
        EvidenceItem(
            assertion_id=r["assertion_id"],
            relation_id=r["relation_id"],
            type=r["type"],
            source=r["source"],
            target=r["target"],
            status=r["status"],
            product=r["product"],
            confidence=r["confidence"],
            doc_key=r["doc_key"],
            doc_id=r["doc_id"],
            title=r["title"],
            published=r["published"],
            url=r["url"],
            document_source=r["document_source"],
            addresses=addresses[r["doc_id"]],
            text=r["text"],
            start=r["start"],
            end=r["end"],
            component=r["component"],
            source_key=r["source_key"],
        )
        for r in rows
    ]


# -- profile -----------------------------------------------------------------------------------


def facility_rows(store: Store, where: str = "", params: tuple[Any, ...] = (), as_of: str | None = None) -> list[dict[str, Any]]:
    """Facility assertion rows with their facility, owner name and document cluster, oldest first.
    ``where`` is over ``f`` (facilities), ``fa`` (facility_assertions), ``d`` and ``c`` (owner)."""
    _check_date(as_of)
    conds, params = ([f"({where})"] if where else []), tuple(params)
    if as_of:
        conds.append(known_by("fa"))
        params = params + (as_of_bound(as_of),)
    return store.rows(
        "SELECT f.id AS facility_id, f.owner_id, c.name AS owner, f.location, f.product, fa.rowid AS seq, "
        "fa.status, fa.capacity_value, fa.capacity_unit, fa.investment_amount, fa.investment_currency, "
        "fa.published, fa.doc_id, fa.evidence_text AS text, substr(d.text, fa.end + 1, 240) AS text_after, "
        "COALESCE(d.cluster_id, d.id) AS source_key "
        "FROM facilities f JOIN facility_assertions fa ON fa.facility_id = f.id "
        "JOIN documents d ON d.id = fa.doc_id LEFT JOIN companies c ON c.id = f.owner_id"
        + (f" WHERE {' AND '.join(conds)}" if conds else "")
        + " ORDER BY fa.published IS NULL, fa.published, fa.rowid",
        params,
    )


def _facilities(store: Store, cid: str, as_of: str | None = None) -> list[FacilitySummary]:
    rows = facility_rows(store, "f.owner_id = ?", (cid,), as_of=as_of)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["facility_id"]].append(r)
    out = []
    for fid, rs in groups.items():
        with_cap = [r for r in rs if r["capacity_value"] is not None]
        with_inv = [r for r in rs if r["investment_amount"] is not None]
        cap = latest(with_cap)
        inv = latest(with_inv)
        dates = [r["published"] for r in rs if r["published"]]
        out.append(
            FacilitySummary(
                id=fid,
                location=rs[0]["location"],
                product=rs[0]["product"],
                status=current_status(rs),
                capacity={"value": cap["capacity_value"], "unit": cap["capacity_unit"]} if cap else None,
                investment=(
                    {"amount": inv["investment_amount"], "currency": inv["investment_currency"]} if inv else None
                ),
                documents=len({r["doc_id"] for r in rs}),
                first_seen=min(dates) if dates else None,
                last_seen=max(dates) if dates else None,
                sources=len({r["source_key"] for r in rs}),
            )
        )
    return out


def company_profile(store: Store, name: str, as_of: str | None = None) -> Profile:
    """Everything known about one company (on ``as_of``, when given): aliases, relations by type
    with their current status, facilities, how many documents, sources (near-duplicate clusters)
    and addresses mention it, when it was first and last seen, and where sources contradict each
    other about it (status, supply direction, plant capacity)."""
    company = find_company(store, name)
    cid = company.id
    grouped: dict[str, list[ProfileRelation]] = {}
    for rows in _group(relation_assertions(store, "r.source_id = ? OR r.target_id = ?", (cid, cid), as_of=as_of)).values():
        s = _summarise(rows, as_of)
        src = rows[0]["source_id"]
        direction = "mutual" if s.symmetric else ("out" if src == cid else "in")
        other = s.target if src == cid else s.source
        grouped.setdefault(s.type, []).append(
            ProfileRelation(
                id=s.id, type=s.type, other=other, direction=direction, status=s.status,
                assertions=s.assertions, documents=s.documents, first_seen=s.first_seen,
                last_seen=s.last_seen, products=s.products, sources=s.sources, status_since=s.status_since,
                age_days=s.age_days, status_reason=s.status_reason, contested=s.contested,
            )
        )
    for rels in grouped.values():
        rels.sort(key=lambda r: (r.last_seen or ""), reverse=True)
    by_type = {t: grouped[t] for t in RELATION_TYPES if t in grouped}
    _check_date(as_of)
    docs = store.rows(
        """
        WITH docs AS (
            SELECT doc_id FROM (
                SELECT doc_id FROM mentions WHERE company_id = :c
                UNION SELECT a.doc_id FROM assertions a JOIN relations r ON r.id = a.relation_id
                      WHERE r.source_id = :c OR r.target_id = :c
                UNION SELECT fa.doc_id FROM facility_assertions fa JOIN facilities f ON f.id = fa.facility_id
                      WHERE f.owner_id = :c) x
            JOIN documents d ON d.id = x.doc_id
            WHERE :asof IS NULL OR substr(COALESCE(d.published, d.ingested_at), 1, 10) <= :asof)
        SELECT (SELECT count(*) FROM docs) AS documents,
               (SELECT count(DISTINCT COALESCE(cluster_id, id)) FROM documents
                 WHERE id IN (SELECT doc_id FROM docs)) AS sources,
               (SELECT count(*) FROM sources WHERE doc_id IN (SELECT doc_id FROM docs)) AS addresses,
               (SELECT min(published) FROM documents WHERE id IN (SELECT doc_id FROM docs)) AS first_seen,
               (SELECT max(published) FROM documents WHERE id IN (SELECT doc_id FROM docs)) AS last_seen
        """,
        {"c": cid, "asof": as_of_bound(as_of)},
    )[0]
    from .history import contradictions

    return Profile(
        company=company,
        relations=by_type,
        facilities=_facilities(store, cid, as_of),
        documents=docs["documents"],
        sources=docs["sources"],
        first_seen=docs["first_seen"],
        last_seen=docs["last_seen"],
        addresses=docs["addresses"],
        contradictions=[c.to_dict() for c in contradictions(store, company=company.name, as_of=as_of)],
    )
