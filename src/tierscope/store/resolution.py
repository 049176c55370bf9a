"""Corpus-level company resolution and source clustering for the SQLite store.

``refresh(conn)`` recomputes, inside the caller's write transaction, everything that depends on the
whole corpus rather than on one document:

1. **One node per company.** Every company name the store holds (COMPANY mentions' canonical names,
   the source/target names of assertions, facility owners, and the names in user decisions) goes
   through ``tierscope.resolve.Resolver``, built from the gazetteer (``tierscope.entities``, imported
   lazily; rules alone when it is missing) and the ``decisions`` table replayed in order. Each
   cluster becomes one ``companies`` row, id ``short_hash("company", company_key(representative))``,
   so a company keeps its id while its representative stays the same.
   ``aliases`` is rebuilt: every name of the cluster, and the surface forms of COMPANY mentions
   that look like names of their canonical company ("JLR", "Mercedes"), unless another company
   already answers to that form.
   Relation and facility rows are derived: ``assertions`` and ``facility_assertions`` keep their
   rows (and ids) and are re-pointed to the relation / facility of the re-resolved company ids;
   relations, facilities and companies nothing points to any more are deleted.
2. **Sources counted once.** ``tierscope.graph.dedup.near_duplicates`` over all stored documents
   (their text, language, date and the resolved companies they mention) sets ``documents.cluster_id``
   (the smallest doc id of a cluster of reprints and translations). Reprints keep their rows and
   addresses; counts of "sources" count clusters.

Cost: resolution is linear in the number of distinct names plus the gazetteer (about a second for
8,000 names); clustering shingles every stored text once (seconds for thousands of articles). Both
run once per ingest batch and after each decision, not per document.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from .. import ids
from ..doc import SYMMETRIC_TYPES

__all__ = ["refresh", "RefreshReport", "DECISION_KINDS", "known_entities", "build_resolver", "decisions"]

DECISION_KINDS = ("merge", "split", "alias")


@dataclass
class RefreshReport:
    """What ``refresh`` changed. ``moved``: (name, old company, new company) for names whose
    company changed; ``relations_rekeyed``: assertions now under another relation."""

    companies: int = 0
    moved: list[tuple[str, str | None, str]] = field(default_factory=list)
    relations_rekeyed: int = 0
    facilities_rekeyed: int = 0
    removed: list[str] = field(default_factory=list)  # companies that no longer exist (merged away)
    clustered: int = 0  # documents whose cluster changed

    def to_dict(self) -> dict[str, Any]:
        return {
            "companies": self.companies,
            "moved": [{"name": n, "from": a, "to": b} for n, a, b in self.moved],
            "relations_rekeyed": self.relations_rekeyed,
            "facilities_rekeyed": self.facilities_rekeyed,
            "removed": self.removed,
            "clustered": self.clustered,
        }


@lru_cache(maxsize=1)
def known_entities() -> tuple[Any, ...]:
    """The gazetteer's entries (cached per process); () when the entity package is unavailable."""
    from ..resolve.evaluate import known_entities as load

    return tuple(load())


def decisions(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(zip(("id", "kind", "a", "b", "note", "at"), r))
            for r in conn.execute("SELECT id, kind, a, b, note, at FROM decisions ORDER BY id")]


def build_resolver(conn: sqlite3.Connection, known: Any = None):
    from ..resolve import Decision, Resolver

    entities = known_entities() if known is None else known
    decs = [Decision(d["kind"], d["a"], d["b"]) for d in decisions(conn) if d["kind"] in DECISION_KINDS]
    return Resolver(entities, decs)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _clean(name: str) -> str:
    return " ".join(name.split())


_WORD = re.compile(r"[^\W_]+")


def alias_worthy(surface: str, canonical: str) -> bool:
    """Whether a COMPANY mention's surface form should become an alias of its canonical company:
    forms sharing a word with the canonical name and initialisms; not pronoun-like mentions."""
    if not any(c.isupper() for c in surface) or len(surface) > 80:
        return False
    words = {w.casefold() for w in _WORD.findall(surface)}
    canon = {w.casefold() for w in _WORD.findall(canonical)}
    if words & canon:
        return True
    return " " not in surface.strip() and sum(c.isupper() for c in surface) >= 2


def _names(conn: sqlite3.Connection) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, n in conn.execute(
        "SELECT COALESCE(canonical, text), count(*) FROM mentions WHERE label = 'COMPANY' GROUP BY 1"
    ):
        if name and ids.company_key(name):
            counts[name] += n
    for sql in (
        "SELECT source_name, count(*) FROM assertions GROUP BY 1",
        "SELECT target_name, count(*) FROM assertions GROUP BY 1",
        "SELECT owner_name, count(*) FROM facility_assertions GROUP BY 1",
    ):
        for name, n in conn.execute(sql):
            if name and ids.company_key(name):
                counts[name] += n
    return counts


def _known_attrs(known: Any) -> dict[str, tuple[list[str] | None, str | None]]:
    out = {}
    for e in known:
        name = getattr(e, "name", None) or getattr(e, "canonical", None)
        if name:
            sectors = list(getattr(e, "sectors", ()) or ()) or None
            out[name] = (sectors, getattr(e, "country", None))
    return out


def refresh(conn: sqlite3.Connection, *, known: Any = None, dedup: bool = True) -> RefreshReport:
    """Re-resolve every company name and re-cluster documents; call inside a write transaction."""
    report = RefreshReport()
    entities = known_entities() if known is None else tuple(known)
    resolver = build_resolver(conn, entities)

    # Where names pointed before, to report what moved.
    old_company: dict[str, tuple[str, str]] = {}
    for key, cid, cname in conn.execute(
        "SELECT a.alias_key, a.company_id, c.name FROM aliases a JOIN companies c ON c.id = a.company_id "
        "ORDER BY (c.key = a.alias_key) DESC, c.rowid"
    ):
        old_company.setdefault(key, (cid, cname))

    counts = _names(conn)
    corpus = set(counts)
    for d in resolver.decisions:
        for n in (d.a, d.b):
            if n and ids.company_key(n) and n not in counts:
                counts[n] = 1  # so the name is resolved and findable; it only names an existing cluster
    mapping = resolver.resolve(counts)
    kept_reps = {mapping[n] for n in corpus if n in mapping}
    cid_of_rep = {rep: ids.short_hash("company", ids.company_key(rep)) for rep in kept_reps}
    name_cid = {n: cid_of_rep[rep] for n, rep in mapping.items() if rep in cid_of_rep}

    # Sectors and country: from the entity stage's mention attributes, else the gazetteer entry.
    attrs: dict[str, tuple[list[str] | None, str | None]] = {}
    for name, raw in conn.execute(
        "SELECT COALESCE(canonical, text), attrs FROM mentions WHERE label = 'COMPANY' AND attrs != '{}' ORDER BY rowid"
    ):
        cid = name_cid.get(name)
        if cid is None:
            continue
        try:
            a = json.loads(raw)
        except ValueError:
            continue
        sectors = a.get("sectors")
        sectors = [sectors] if isinstance(sectors, str) else (list(map(str, sectors)) if sectors else None)
        s0, c0 = attrs.get(cid, (None, None))
        attrs[cid] = (s0 or sectors, c0 or (str(a["country"]) if a.get("country") else None))
    gaz = _known_attrs(entities)
    now = _now()
    for rep, cid in cid_of_rep.items():
        sectors, country = attrs.get(cid, (None, None))
        canon = resolver.canonical_of(rep)
        if canon in gaz:
            sectors = sectors or gaz[canon][0]
            country = country or gaz[canon][1]
        conn.execute(
            "INSERT OR IGNORE INTO companies(id, name, key, created_at) VALUES (?, ?, ?, ?)",
            (cid, _clean(rep), ids.company_key(rep), now),
        )
        conn.execute(
            "UPDATE companies SET name = ?, key = ?, sectors = COALESCE(?, sectors), country = COALESCE(?, country) "
            "WHERE id = ?",
            (_clean(rep), ids.company_key(rep), json.dumps(sectors, ensure_ascii=False) if sectors else None,
             country, cid),
        )
    report.companies = len(cid_of_rep)

    # Aliases: the representative first, then every name of the cluster, then mention surfaces.
    conn.execute("DELETE FROM aliases")
    taken: dict[str, str] = {}
    alias_rows: list[tuple[str, str, str]] = []

    def add_alias(cid: str, name: str) -> None:
        name = _clean(name)
        key = ids.company_key(name)
        if key and taken.setdefault(key, cid) == cid:
            alias_rows.append((cid, name, key))

    for rep, cid in sorted(cid_of_rep.items()):
        add_alias(cid, rep)
    for name in sorted(name_cid, key=lambda n: (-counts[n], n)):
        add_alias(name_cid[name], name)
    for text, canonical in conn.execute(
        "SELECT text, canonical FROM mentions WHERE label = 'COMPANY' AND canonical IS NOT NULL "
        "AND text != canonical GROUP BY text, canonical ORDER BY min(rowid)"
    ):
        cid = name_cid.get(canonical)
        if cid and text and alias_worthy(text, canonical):
            add_alias(cid, text)
    conn.executemany("INSERT OR IGNORE INTO aliases(company_id, alias, alias_key) VALUES (?, ?, ?)", alias_rows)

    # Mentions.
    conn.execute("DROP TABLE IF EXISTS temp.name_map")
    conn.execute("CREATE TEMP TABLE name_map(name TEXT PRIMARY KEY, cid TEXT NOT NULL)")
    conn.executemany("INSERT INTO temp.name_map(name, cid) VALUES (?, ?)", name_cid.items())
    conn.execute(
        "UPDATE mentions SET company_id = (SELECT cid FROM temp.name_map WHERE name = COALESCE(mentions.canonical, mentions.text)) "
        "WHERE label = 'COMPANY' AND COALESCE(canonical, text) IN (SELECT name FROM temp.name_map)"
    )

    # Relations: derived from assertions.
    new_rel: dict[str, tuple[str, str, str, int]] = {}
    updates: list[tuple[str, str]] = []
    rows = conn.execute(
        "SELECT a.id, a.relation_id, COALESCE(a.type, r.type), a.source_name, a.target_name, r.source_id, r.target_id "
        "FROM assertions a JOIN relations r ON r.id = a.relation_id"
    ).fetchall()
    for aid, rid, rtype, sname, tname, old_sid, old_tid in rows:
        sid = name_cid.get(sname, old_sid) if sname else old_sid
        tid = name_cid.get(tname, old_tid) if tname else old_tid
        symmetric = rtype in SYMMETRIC_TYPES
        _, s2, t2 = ids.relation_key(rtype, sid, tid, symmetric)
        nid = ids.relation_id(rtype, s2, t2, symmetric)
        new_rel[nid] = (rtype, s2, t2, int(symmetric))
        if nid != rid:
            updates.append((nid, aid))
    conn.executemany(
        "INSERT OR IGNORE INTO relations(id, type, source_id, target_id, symmetric) VALUES (?, ?, ?, ?, ?)",
        [(k, *v) for k, v in new_rel.items()],
    )
    conn.executemany("UPDATE assertions SET relation_id = ? WHERE id = ?", updates)
    report.relations_rekeyed = len(updates)
    conn.execute("DELETE FROM relations WHERE id NOT IN (SELECT relation_id FROM assertions)")

    # Facilities: derived from facility assertions.
    new_fac: dict[str, tuple[str | None, str | None, str | None]] = {}
    fupdates: list[tuple[str, str]] = []
    rows = conn.execute(
        "SELECT fa.id, fa.facility_id, fa.owner_name, COALESCE(fa.location, f.location), COALESCE(fa.product, f.product), "
        "f.owner_id FROM facility_assertions fa JOIN facilities f ON f.id = fa.facility_id"
    ).fetchall()
    for faid, fid, owner, location, product, old_owner in rows:
        owner_id = name_cid.get(owner, old_owner) if owner else old_owner
        nid = ids.facility_id(owner_id, location, product)
        new_fac.setdefault(nid, (owner_id, location, product))
        if nid != fid:
            fupdates.append((nid, faid))
    conn.executemany(
        "INSERT OR IGNORE INTO facilities(id, owner_id, location, product) VALUES (?, ?, ?, ?)",
        [(k, *v) for k, v in new_fac.items()],
    )
    conn.executemany("UPDATE facility_assertions SET facility_id = ? WHERE id = ?", fupdates)
    report.facilities_rekeyed = len(fupdates)
    conn.execute("DELETE FROM facilities WHERE id NOT IN (SELECT facility_id FROM facility_assertions)")

    # Companies nothing points to any more.
    keep = set(cid_of_rep.values())
    referenced = {r[0] for r in conn.execute(
        "SELECT company_id FROM mentions WHERE company_id IS NOT NULL UNION SELECT source_id FROM relations "
        "UNION SELECT target_id FROM relations UNION SELECT owner_id FROM facilities WHERE owner_id IS NOT NULL"
    )}
    gone = [(cid, name) for cid, name in conn.execute("SELECT id, name FROM companies")
            if cid not in keep and cid not in referenced]
    conn.executemany("DELETE FROM companies WHERE id = ?", [(cid,) for cid, _ in gone])
    report.removed = sorted(name for _, name in gone)

    names_now = {cid: name for cid, name in conn.execute("SELECT id, name FROM companies")}
    for name in sorted(corpus | {n for d in resolver.decisions for n in (d.a, d.b) if n}):
        cid = name_cid.get(name)
        if cid is None:
            continue
        before = old_company.get(ids.company_key(_clean(name)))
        if before is None or before[0] != cid:
            report.moved.append((name, before[1] if before else None, names_now.get(cid, mapping[name])))
    conn.execute("DROP TABLE IF EXISTS temp.name_map")

    if dedup:
        report.clustered = recluster(conn)
    return report


def recluster(conn: sqlite3.Connection) -> int:
    """Set ``documents.cluster_id`` from ``near_duplicates`` over every stored document. Returns
    the number of documents whose cluster changed."""
    from ..graph.dedup import near_duplicates

    companies: dict[str, set[str]] = defaultdict(set)
    for doc_id, name in conn.execute(
        "SELECT DISTINCT m.doc_id, c.name FROM mentions m JOIN companies c ON c.id = m.company_id"
    ):
        companies[doc_id].add(name)
    for doc_id, name in conn.execute(
        "SELECT DISTINCT a.doc_id, c.name FROM assertions a JOIN relations r ON r.id = a.relation_id "
        "JOIN companies c ON c.id IN (r.source_id, r.target_id)"
    ):
        companies[doc_id].add(name)
    current: dict[str, str | None] = {}
    docs = []
    for doc_id, text, language, published, cluster in conn.execute(
        "SELECT id, text, language, published, cluster_id FROM documents"
    ):
        current[doc_id] = cluster
        docs.append((doc_id, text, language, companies.get(doc_id, set()), published))
    clusters = near_duplicates(docs)
    changed = [(c, d) for d, c in clusters.items() if current.get(d) != c]
    conn.executemany("UPDATE documents SET cluster_id = ? WHERE id = ?", changed)
    return len(changed)
