"""Corpus-level company resolution and source clustering for the SQLite store, done incrementally.

``refresh(conn)`` runs inside the caller's write transaction, once per ingest batch and after each
curation decision. It brings up to date everything that depends on the whole corpus rather than on
one document, touching only the documents written since the last refresh (``documents.resolved =
0``) and the names whose company changed:

1. **One node per company.** The ``names`` table counts every company name of the corpus (COMPANY
   mentions' canonical names, assertion source/target names, facility owners); the new documents'
   names are added to it. All names, plus the names in user decisions, go through
   ``tierscope.resolve.Resolver`` (gazetteer from ``tierscope.entities``, imported lazily, rules
   alone when it is missing; the ``decisions`` table replayed in order). This pass is in memory and
   follows the size of the vocabulary, not of the corpus. Each cluster is one ``companies`` row, id
   ``short_hash("company", company_key(representative))``, so a company keeps its id while its
   representative stays the same. ``aliases`` (every name of a cluster, then mention surface forms
   that look like names of their canonical company, "JLR", "Mercedes", unless another company
   already answers to that form) are computed in memory and written as a difference.
2. **Rows re-pointed.** Mentions, assertions and facility assertions of the new documents, and those
   naming a name whose company changed, are re-pointed to the re-resolved companies; relation and
   facility rows are derived from them (assertions keep their ids). An assertion whose two companies
   became one ("A supplies A" after a merge) is moved to ``parked_assertions``, out of the graph; a
   split that separates the names brings it back. Relations, facilities and companies nothing points
   to any more are deleted.
3. **Sources counted once.** New documents get MinHash LSH band keys (``doc_bands``) and are compared
   with the stored documents they share a band with (reprints, exact shingle Jaccard checked), and
   with the documents naming the same set of companies (translations, ``graph.dedup``); documents
   whose set of companies changed are compared again. Pairs are kept in ``doc_links``;
   ``documents.cluster_id`` (the smallest doc id of a cluster) is recomputed only for the clusters
   those documents were or are in. Reprints keep their rows and addresses; "sources" count clusters.

``refresh(conn, full=True)`` forgets the incremental state and recomputes all of it; the tests check
that batch-by-batch refreshes end in the same state as a full rebuild. See docs/graph.md for the
measured cost per batch as the store grows.
"""

from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any
from collections.abc import Iterator

from .. import ids
from ..doc import SYMMETRIC_TYPES
from .plants import place_name, plant_id

__all__ = ["refresh", "recluster", "RefreshReport", "DECISION_KINDS", "known_entities", "build_resolver", "decisions"]

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
    self_loops: int = 0  # assertions parked because their two companies became one

    def to_dict(self) -> dict[str, Any]:
        return {
            "companies": self.companies,
            "moved": [{"name": n, "from": a, "to": b} for n, a, b in self.moved],
            "relations_rekeyed": self.relations_rekeyed,
            "facilities_rekeyed": self.facilities_rekeyed,
            "removed": self.removed,
            "clustered": self.clustered,
            "self_loops": self.self_loops,
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
    renames = conn.execute("SELECT r.name, r.former FROM renames r JOIN documents d ON d.id = r.doc_id "
                           "ORDER BY d.rowid, r.rowid").fetchall()
    return Resolver(entities, decs, renames=renames)


def _find_renames(conn: sqlite3.Connection, new: str) -> None:
    """Store the former names the new documents state ("X, formerly Y")."""
    from ..resolve.renames import former_names

    found = []
    # One text at a time (a batch's texts are never all in memory); what is found is small.
    for doc_id, text in conn.execute(f"SELECT id, text FROM documents WHERE id IN {new}"):
        spans = conn.execute("SELECT start, end, canonical FROM mentions WHERE doc_id = ? AND label = 'COMPANY' "
                             "AND canonical IS NOT NULL", (doc_id,)).fetchall()
        found += [(doc_id, name, former) for name, former in former_names(text or "", spans)]
    conn.executemany("INSERT OR IGNORE INTO renames(doc_id, name, former) VALUES (?, ?, ?)", found)


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


def _known_attrs(known: Any) -> dict[str, tuple[list[str] | None, str | None]]:
    out = {}
    for e in known:
        name = getattr(e, "name", None) or getattr(e, "canonical", None)
        if name:
            sectors = list(getattr(e, "sectors", ()) or ()) or None
            out[name] = (sectors, getattr(e, "country", None))
    return out


_CHUNK = 500  # names or ids per "IN (...)" list, under SQLite's variable limit


def _chunks(items: list[Any], n: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _marks(items: list[Any]) -> str:
    return ",".join("?" * len(items))


_COLUMNS = ("id, relation_id, doc_id, status, product, confidence, evidence_text, start, end, published, "
            "component, source_name, target_name, type")


def refresh(conn: sqlite3.Connection, *, known: Any = None, full: bool = False) -> RefreshReport:
    """Bring the corpus-level rows up to date with the documents written since the last refresh;
    ``full=True`` recomputes everything from the stored documents (same result). Call inside a write
    transaction."""
    report = RefreshReport()
    entities = known_entities() if known is None else tuple(known)
    if full:
        for sql in ("DELETE FROM names", "DELETE FROM surfaces", "DELETE FROM doc_bands", "DELETE FROM doc_links",
                    "DELETE FROM renames", "UPDATE documents SET resolved = 0, numbers = NULL, company_set = NULL"):
            conn.execute(sql)
    conn.execute("DROP TABLE IF EXISTS temp.new_docs")
    conn.execute("CREATE TEMP TABLE new_docs(id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO temp.new_docs SELECT id FROM documents WHERE resolved = 0")
    new = "(SELECT id FROM temp.new_docs)"
    _find_renames(conn, new)
    resolver = build_resolver(conn, entities)

    # 1. Count the names and mention surfaces of the new documents.
    fresh: Counter[str] = Counter()
    for sql in (
        f"SELECT COALESCE(canonical, text), count(*) FROM mentions WHERE label = 'COMPANY' AND doc_id IN {new} GROUP BY 1",
        f"SELECT source_name, count(*) FROM assertions WHERE doc_id IN {new} GROUP BY 1",
        f"SELECT target_name, count(*) FROM assertions WHERE doc_id IN {new} GROUP BY 1",
        f"SELECT source_name, count(*) FROM parked_assertions WHERE doc_id IN {new} GROUP BY 1",
        f"SELECT target_name, count(*) FROM parked_assertions WHERE doc_id IN {new} GROUP BY 1",
        f"SELECT owner_name, count(*) FROM facility_assertions WHERE doc_id IN {new} GROUP BY 1",
    ):
        for name, n in conn.execute(sql):
            if name and ids.company_key(name):
                fresh[name] += n
    conn.executemany(
        "INSERT INTO names(name, count) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET count = count + excluded.count",
        fresh.items(),
    )
    conn.execute(
        "INSERT INTO surfaces(text, canonical, first) SELECT text, canonical, min(rowid) FROM mentions "
        f"WHERE label = 'COMPANY' AND canonical IS NOT NULL AND text != canonical AND doc_id IN {new} "
        "GROUP BY text, canonical ON CONFLICT(text, canonical) DO UPDATE SET first = min(first, excluded.first)"
    )

    # 2. Resolve every name of the corpus (in memory: the cost follows the vocabulary, not the documents).
    counts: Counter[str] = Counter()
    old_cid: dict[str, str | None] = {}
    for name, n, cid in conn.execute("SELECT name, count, company_id FROM names"):
        counts[name] = n
        old_cid[name] = cid
    corpus = set(counts)
    decision_names = {n for d in resolver.decisions for n in (d.a, d.b) if n and ids.company_key(n)}
    decision_names |= {n for pair in resolver.renames for n in pair if ids.company_key(n)}
    for n in decision_names - corpus:
        counts[n] = 1  # so the name is resolved and findable; it only names an existing cluster
    mapping = resolver.resolve(counts)
    kept_reps = {mapping[n] for n in corpus if n in mapping}
    cid_of_rep = {rep: ids.short_hash("company", ids.company_key(rep)) for rep in kept_reps}
    name_cid = {n: cid_of_rep[rep] for n, rep in mapping.items() if rep in cid_of_rep}
    changed = sorted(n for n in corpus if old_cid.get(n) != name_cid.get(n))
    conn.executemany("UPDATE names SET company_id = ? WHERE name = ?", [(name_cid.get(n), n) for n in changed])

    # Where the names whose company may change pointed before (for the report).
    before: dict[str, tuple[str, str] | None] = {}
    old_names = {cid: name for cid, name in conn.execute("SELECT id, name FROM companies")}
    for n in sorted(set(changed) | decision_names):
        cid = old_cid.get(n)
        if cid is not None and cid in old_names:
            before[n] = (cid, old_names[cid])
            continue
        row = conn.execute(
            "SELECT a.company_id, c.name FROM aliases a JOIN companies c ON c.id = a.company_id WHERE a.alias_key = ? "
            "ORDER BY (c.key = a.alias_key) DESC, c.rowid LIMIT 1", (ids.company_key(_clean(n)),)
        ).fetchone()
        before[n] = (row[0], row[1]) if row else None

    # 3. Companies: one row per representative; sectors and country for the companies touched.
    now = _now()
    existing = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, key FROM companies")}
    for rep, cid in cid_of_rep.items():
        name, key = _clean(rep), ids.company_key(rep)
        if cid not in existing:
            conn.execute("INSERT INTO companies(id, name, key, created_at) VALUES (?, ?, ?, ?)", (cid, name, key, now))
        elif existing[cid] != (name, key):
            conn.execute("UPDATE companies SET name = ?, key = ? WHERE id = ?", (name, key, cid))
    report.companies = len(cid_of_rep)
    _company_attrs(conn, resolver, entities, name_cid, cid_of_rep, changed, fresh, new)

    # 4. Aliases: computed for the whole vocabulary in memory, written as a difference.
    _aliases(conn, cid_of_rep, name_cid, counts, mapping)

    # 5. Mentions of the new documents, and of names whose company changed.
    conn.execute("DROP TABLE IF EXISTS temp.name_map")
    conn.execute("CREATE TEMP TABLE name_map(name TEXT PRIMARY KEY, cid TEXT NOT NULL)")
    conn.executemany("INSERT INTO temp.name_map(name, cid) VALUES (?, ?)",
                     [(n, name_cid[n]) for n in fresh if n in name_cid])
    conn.execute(
        "UPDATE mentions SET company_id = (SELECT cid FROM temp.name_map WHERE name = COALESCE(mentions.canonical, mentions.text)) "
        f"WHERE label = 'COMPANY' AND doc_id IN {new} AND COALESCE(canonical, text) IN (SELECT name FROM temp.name_map)"
    )
    conn.executemany(
        "UPDATE mentions SET company_id = ? WHERE label = 'COMPANY' AND COALESCE(canonical, text) = ?",
        [(name_cid[n], n) for n in changed if n in name_cid],
    )

    # 6-7. Relations and facilities, re-derived for the assertions of new documents and changed names.
    touched_docs: set[str] = set()
    _rekey_relations(conn, name_cid, changed, new, full, report, touched_docs)
    _rekey_facilities(conn, name_cid, changed, new, full, report)

    # 8. Companies nothing points to any more.
    keep = set(cid_of_rep.values())
    gone = []
    for cid, name in conn.execute("SELECT id, name FROM companies").fetchall():
        if cid in keep:
            continue
        if not any(conn.execute(sql, (cid,)).fetchone() for sql in (
            "SELECT 1 FROM mentions WHERE company_id = ? LIMIT 1",
            "SELECT 1 FROM relations WHERE source_id = ? LIMIT 1",
            "SELECT 1 FROM relations WHERE target_id = ? LIMIT 1",
            "SELECT 1 FROM facilities WHERE owner_id = ? LIMIT 1",
        )):
            gone.append((cid, name))
    conn.executemany("DELETE FROM companies WHERE id = ?", [(cid,) for cid, _ in gone])
    report.removed = sorted(name for _, name in gone)

    names_now = {cid: name for cid, name in conn.execute("SELECT id, name FROM companies")}
    for name in sorted(before):
        cid = name_cid.get(name)
        if cid is None:
            continue
        was = before[name]
        if was is None or was[0] != cid:
            report.moved.append((name, was[1] if was else None, names_now.get(cid, mapping[name])))
    conn.execute("DROP TABLE IF EXISTS temp.name_map")

    # 9. Near-duplicate clusters.
    docs_of_changed = _docs_naming(conn, changed) | touched_docs
    report.clustered = _recluster(conn, new, docs_of_changed)
    conn.execute(f"UPDATE documents SET resolved = 1 WHERE id IN {new}")
    conn.execute("DROP TABLE IF EXISTS temp.new_docs")
    return report


def _company_attrs(conn, resolver, entities, name_cid, cid_of_rep, changed, fresh, new) -> None:
    """Sectors and country of the companies touched by this refresh, where still unknown: from the
    entity stage's mention attributes (first mention first), else the gazetteer entry."""
    touched = {name_cid[n] for n in list(changed) + list(fresh) if n in name_cid}
    if not touched:
        return
    missing = {}
    for cid in touched:
        row = conn.execute("SELECT sectors, country FROM companies WHERE id = ?", (cid,)).fetchone()
        if row is not None and (row[0] is None or row[1] is None):
            missing[cid] = row
    if not missing:
        return
    # Per company, the sectors and the country of its first mention (smallest rowid) that gives
    # them. The rows are streamed in any order, keeping only the best (rowid, value) so far per
    # company: the same result as sorting every row by rowid, in memory that follows the companies.
    first_sectors: dict[str, tuple[int, list[str]]] = {}
    first_country: dict[str, tuple[int, str]] = {}

    def take(rows) -> None:
        for rowid, name, raw in rows:
            cid = name_cid.get(name)
            if cid not in missing:
                continue
            have_s, have_c = first_sectors.get(cid), first_country.get(cid)
            if have_s is not None and have_c is not None and have_s[0] < rowid and have_c[0] < rowid:
                continue  # an earlier mention already gave both
            try:
                a = json.loads(raw)
            except ValueError:
                continue
            sectors = a.get("sectors")
            sectors = [sectors] if isinstance(sectors, str) else (list(map(str, sectors)) if sectors else None)
            country = str(a["country"]) if a.get("country") else None
            if sectors and (have_s is None or rowid < have_s[0]):
                first_sectors[cid] = (rowid, sectors)
            if country and (have_c is None or rowid < have_c[0]):
                first_country[cid] = (rowid, country)

    take(conn.execute(
        "SELECT rowid, COALESCE(canonical, text), attrs FROM mentions "
        f"WHERE label = 'COMPANY' AND attrs != '{{}}' AND doc_id IN {new}"
    ))
    for chunk in _chunks([n for n in changed if name_cid.get(n) in missing]):
        take(conn.execute(
            "SELECT rowid, COALESCE(canonical, text), attrs FROM mentions WHERE label = 'COMPANY' "
            f"AND COALESCE(canonical, text) IN ({_marks(chunk)}) AND attrs != '{{}}'", chunk
        ))
    attrs: dict[str, tuple[list[str] | None, str | None]] = {
        cid: (first_sectors[cid][1] if cid in first_sectors else None,
              first_country[cid][1] if cid in first_country else None)
        for cid in set(first_sectors) | set(first_country)
    }
    gaz = _known_attrs(entities)
    rep_of = {cid: rep for rep, cid in cid_of_rep.items()}
    for cid in missing:
        sectors, country = attrs.get(cid, (None, None))
        canon = resolver.canonical_of(rep_of[cid]) if cid in rep_of else None
        if canon in gaz:
            sectors = sectors or gaz[canon][0]
            country = country or gaz[canon][1]
        if sectors or country:
            conn.execute(
                "UPDATE companies SET sectors = COALESCE(sectors, ?), country = COALESCE(country, ?) WHERE id = ?",
                (json.dumps(sectors, ensure_ascii=False) if sectors else None, country, cid),
            )


def _aliases(conn, cid_of_rep, name_cid, counts, mapping) -> None:
    """Every name of a cluster, then mention surfaces that look like names of their canonical
    company; a form another company already answers to is not taken (the representative first,
    then the most frequent names), nor a form the resolver puts elsewhere (``split "Range Rover"``
    after the entity stage wrote "Range Rover" mentions as Land Rover's)."""
    taken: dict[str, str] = {}
    want: dict[tuple[str, str], str] = {}

    def add_alias(cid: str, name: str) -> None:
        name = _clean(name)
        key = ids.company_key(name)
        if key and taken.setdefault(key, cid) == cid:
            want.setdefault((cid, key), name)

    for rep, cid in sorted(cid_of_rep.items()):
        add_alias(cid, rep)
    for name in sorted(name_cid, key=lambda n: (-counts[n], n)):
        add_alias(name_cid[name], name)
    for text, canonical in conn.execute("SELECT text, canonical FROM surfaces ORDER BY first"):
        cid = name_cid.get(canonical)
        if text in mapping and mapping[text] != mapping.get(canonical):
            continue
        if cid and text and alias_worthy(text, canonical):
            add_alias(cid, text)
    have = {(cid, key): alias for cid, alias, key in conn.execute("SELECT company_id, alias, alias_key FROM aliases")}
    drop = [k for k, alias in have.items() if want.get(k) != alias]
    conn.executemany("DELETE FROM aliases WHERE company_id = ? AND alias_key = ?", drop)
    conn.executemany(
        "INSERT INTO aliases(company_id, alias, alias_key) VALUES (?, ?, ?)",
        [(cid, alias, key) for (cid, key), alias in want.items() if have.get((cid, key)) != alias],
    )


def _candidates(conn, select: str, name_columns: tuple[str, ...], changed: list[str], new: str,
                full: bool) -> Iterator[tuple]:
    """Rows of ``a`` to re-derive, streamed: all (``full``), else those of new documents, then those
    naming a name whose company changed (each row once, first seen first). The last column of
    ``select`` must be ``a.doc_id``. The caller must not write to the table while it reads."""
    if full:
        yield from conn.execute(select)
        return
    yield from conn.execute(f"{select} WHERE a.doc_id IN {new}")
    if not changed:
        return
    new_ids = {r[0] for r in conn.execute(f"SELECT id FROM documents WHERE id IN {new}")}
    seen: set[str] = set()
    for chunk in _chunks(changed):
        for col in name_columns:
            for r in conn.execute(f"{select} WHERE a.{col} IN ({_marks(chunk)})", chunk):
                if r[-1] in new_ids or r[0] in seen:
                    continue  # a row of a new document was read above
                seen.add(r[0])
                yield r


def _rekey_relations(conn, name_cid, changed, new, full, report, touched_docs: set[str]) -> None:
    """Point assertions at the relation between their re-resolved companies. An assertion whose two
    names are now one company ("A supplies A", after a merge) is parked, out of the graph; a parked
    one whose names are two companies again (after a split) comes back."""
    # Live assertions are streamed (nothing writes to them until the loop ends); parked ones, which
    # the loop updates and which are few, are read first.
    parked = list(_candidates(
        conn,
        "SELECT a.id, a.relation_id, a.type, a.source_name, a.target_name, NULL, NULL, a.doc_id FROM parked_assertions a",
        ("source_name", "target_name"), changed, new, full,
    ))
    live = _candidates(
        conn,
        "SELECT a.id, a.relation_id, COALESCE(a.type, r.type), a.source_name, a.target_name, r.source_id, r.target_id, "
        "a.doc_id FROM assertions a JOIN relations r ON r.id = a.relation_id",
        ("source_name", "target_name"), changed, new, full,
    )
    new_rel: dict[str, tuple[str, str, str, int]] = {}
    updates: list[tuple[str, str]] = []
    to_park: list[tuple[str, str]] = []
    to_unpark: list[tuple[str, str]] = []
    old_rids: set[str] = set()
    for rows, is_parked in ((live, False), (parked, True)):
        for aid, rid, rtype, sname, tname, old_sid, old_tid, doc_id in rows:
            sid = name_cid.get(sname, old_sid) if sname else old_sid
            tid = name_cid.get(tname, old_tid) if tname else old_tid
            if sid is None or tid is None:
                continue
            symmetric = rtype in SYMMETRIC_TYPES
            _, s2, t2 = ids.relation_key(rtype, sid, tid, symmetric)
            nid = ids.relation_id(rtype, s2, t2, symmetric)
            loop = s2 == t2
            if loop and not is_parked:
                to_park.append((nid, aid))
                old_rids.add(rid)
                touched_docs.add(doc_id)
            elif loop:
                if nid != rid:
                    conn.execute("UPDATE parked_assertions SET relation_id = ? WHERE id = ?", (nid, aid))
            else:
                new_rel[nid] = (rtype, s2, t2, int(symmetric))
                if is_parked:
                    to_unpark.append((nid, aid))
                    touched_docs.add(doc_id)
                elif nid != rid:
                    updates.append((nid, aid))
                    old_rids.add(rid)
    conn.executemany(
        "INSERT OR IGNORE INTO relations(id, type, source_id, target_id, symmetric) VALUES (?, ?, ?, ?, ?)",
        [(k, *v) for k, v in new_rel.items()],
    )
    conn.executemany("UPDATE assertions SET relation_id = ? WHERE id = ?", updates)
    moved_columns = _COLUMNS.replace("relation_id", "?")  # the row moves under its new relation id
    for nid, aid in to_park:
        conn.execute(f"INSERT INTO parked_assertions({_COLUMNS}) SELECT {moved_columns} FROM assertions WHERE id = ?",
                     (nid, aid))
        conn.execute("DELETE FROM assertions WHERE id = ?", (aid,))
    for nid, aid in to_unpark:
        conn.execute(f"INSERT INTO assertions({_COLUMNS}) SELECT {moved_columns} FROM parked_assertions WHERE id = ?",
                     (nid, aid))
        conn.execute("DELETE FROM parked_assertions WHERE id = ?", (aid,))
    report.relations_rekeyed = len(updates) + len(to_unpark)
    report.self_loops = len(to_park)
    conn.executemany(
        "DELETE FROM relations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM assertions WHERE relation_id = ?)",
        [(r, r) for r in old_rids],
    )


def _rekey_facilities(conn, name_cid, changed, new, full, report) -> None:
    rows = _candidates(
        conn,
        "SELECT a.id, a.facility_id, a.owner_name, COALESCE(a.location, f.location), COALESCE(a.product, f.product), "
        "f.owner_id, a.doc_id FROM facility_assertions a JOIN facilities f ON f.id = a.facility_id",
        ("owner_name",), changed, new, full,
    )
    new_fac: dict[str, tuple[str | None, str | None, str | None]] = {}
    updates: list[tuple[str, str]] = []
    old_fids: set[str] = set()
    for faid, fid, owner, location, product, old_owner, _doc in rows:
        owner_id = name_cid.get(owner, old_owner) if owner else old_owner
        nid = plant_id(owner_id, location, product)
        if nid not in new_fac or (new_fac[nid][2] is None and product):
            new_fac[nid] = (owner_id, place_name(location), product)
        if nid != fid:
            updates.append((nid, faid))
            old_fids.add(fid)
    conn.executemany(
        "INSERT OR IGNORE INTO facilities(id, owner_id, location, product) VALUES (?, ?, ?, ?)",
        [(k, *v) for k, v in new_fac.items()],
    )
    conn.executemany("UPDATE facilities SET product = ? WHERE id = ? AND product IS NULL",
                     [(v[2], k) for k, v in new_fac.items() if v[2]])
    conn.executemany("UPDATE facility_assertions SET facility_id = ? WHERE id = ?", updates)
    report.facilities_rekeyed = len(updates)
    conn.executemany(
        "DELETE FROM facilities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM facility_assertions WHERE facility_id = ?)",
        [(f, f) for f in old_fids],
    )


def _docs_naming(conn, names: list[str]) -> set[str]:
    """Documents that mention or relate one of ``names``."""
    out: set[str] = set()
    for chunk in _chunks(names):
        m = _marks(chunk)
        for sql in (
            f"SELECT DISTINCT doc_id FROM mentions WHERE label = 'COMPANY' AND COALESCE(canonical, text) IN ({m})",
            f"SELECT DISTINCT doc_id FROM assertions WHERE source_name IN ({m})",
            f"SELECT DISTINCT doc_id FROM assertions WHERE target_name IN ({m})",
        ):
            out.update(r[0] for r in conn.execute(sql, chunk))
    return out


def _company_sets(conn, doc_ids: list[str]) -> dict[str, str | None]:
    """The sorted ids of the companies each document names (mentions and relation ends), joined by
    "|"; None for fewer than two (such a document cannot be a translation of another)."""
    found: dict[str, set[str]] = {d: set() for d in doc_ids}
    for chunk in _chunks(doc_ids):
        m = _marks(chunk)
        for sql in (
            f"SELECT doc_id, company_id FROM mentions WHERE doc_id IN ({m}) AND company_id IS NOT NULL",
            f"SELECT a.doc_id, r.source_id FROM assertions a JOIN relations r ON r.id = a.relation_id WHERE a.doc_id IN ({m})",
            f"SELECT a.doc_id, r.target_id FROM assertions a JOIN relations r ON r.id = a.relation_id WHERE a.doc_id IN ({m})",
        ):
            for d, c in conn.execute(sql, chunk):
                found[d].add(c)
    return {d: ("|".join(sorted(cs)) if len(cs) >= 2 else None) for d, cs in found.items()}


def recluster(conn: sqlite3.Connection) -> int:
    """Recompute every document's near-duplicate cluster from scratch. Returns the number of
    documents whose cluster changed."""
    for sql in ("DELETE FROM doc_bands", "DELETE FROM doc_links", "UPDATE documents SET numbers = NULL, company_set = NULL"):
        conn.execute(sql)
    return _recluster(conn, "(SELECT id FROM documents)", set())


def _pack(sh: set[int]) -> bytes:
    return array("I", sh).tobytes()  # crc32 values: 32 bits


def _unpack(blob: bytes) -> set[int]:
    a = array("I")
    a.frombytes(blob)
    return set(a)


def _recluster(conn, new: str, touched: set[str], threshold: float = 0.7) -> int:
    """Near-duplicate clusters, incrementally (same result as ``graph.dedup.near_duplicates`` over
    every stored document): new documents are sketched and compared with the stored documents they
    share an LSH band with (reprints) and with those naming the same companies (translations);
    documents whose companies changed are re-compared for translations; clusters are recomputed
    only for the components these documents were or are in."""
    from ..graph.dedup import DocSketch, band_keys, is_reprint, numbers, shingles, translation_pairs

    fresh = [r[0] for r in conn.execute(f"SELECT id FROM documents WHERE numbers IS NULL OR id IN {new}")]
    fresh_set = set(fresh)
    # Shingle sets are kept packed in a temporary table (on disk, behind SQLite's bounded cache),
    # not in a dict: a batch's sets would otherwise all be in memory at once.
    conn.execute("DROP TABLE IF EXISTS temp.doc_shingles")
    conn.execute("CREATE TEMP TABLE doc_shingles(doc_id TEXT PRIMARY KEY, sh BLOB NOT NULL)")

    def keep(doc_id: str, sh: set[int]) -> None:
        conn.execute("INSERT OR REPLACE INTO temp.doc_shingles(doc_id, sh) VALUES (?, ?)", (doc_id, _pack(sh)))

    def shingles_of(doc_id: str) -> set[int]:
        row = conn.execute("SELECT sh FROM temp.doc_shingles WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is not None:
            return _unpack(row[0])
        row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        sh = shingles(row[0] or "") if row else set()
        keep(doc_id, sh)
        return sh

    # Reprints: sketch the new documents one at a time; each is compared with the stored documents
    # it shares a band with, the new ones sketched before it included (so every pair is met once,
    # from its later document).
    links: set[tuple[str, str, str]] = set()
    conn.executemany("DELETE FROM doc_bands WHERE doc_id = ?", [(d,) for d in fresh])
    for doc_id in fresh:
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0] or ""
        sh = shingles(text)
        keep(doc_id, sh)
        conn.execute("UPDATE documents SET numbers = ? WHERE id = ?", (json.dumps(sorted(numbers(text))), doc_id))
        del text
        conn.executemany("INSERT OR IGNORE INTO doc_bands(band, doc_id) VALUES (?, ?)", [(k, doc_id) for k in band_keys(sh)])
        for (other,) in conn.execute(
            "SELECT DISTINCT o.doc_id FROM doc_bands b JOIN doc_bands o ON o.band = b.band "
            "WHERE b.doc_id = ? AND o.doc_id != ?", (doc_id, doc_id)
        ).fetchall():
            if is_reprint(sh, shingles_of(other), threshold):
                links.add((doc_id, other, "reprint") if doc_id < other else (other, doc_id, "reprint"))
    conn.execute("DROP TABLE IF EXISTS temp.doc_shingles")
    seeds: set[str] = set(fresh)

    # Translations: documents whose set of companies is new or changed, a chunk at a time.
    maybe = sorted(fresh_set | touched)
    affected: set[str] = set()
    keys: set[str] = set()
    for chunk in _chunks(maybe):
        stored = dict(conn.execute(f"SELECT id, company_set FROM documents WHERE id IN ({_marks(chunk)})", chunk).fetchall())
        sets = _company_sets(conn, chunk)
        hit = [d for d in chunk if d in fresh_set or sets[d] != stored.get(d)]
        conn.executemany("UPDATE documents SET company_set = ? WHERE id = ?", [(sets[d], d) for d in hit])
        affected.update(hit)
        keys.update(sets[d] for d in hit if sets[d])
    for d in affected:
        for (other,) in conn.execute(
            "SELECT b FROM doc_links WHERE a = ? AND kind = 'translation' UNION "
            "SELECT a FROM doc_links WHERE b = ? AND kind = 'translation'", (d, d)
        ).fetchall():
            seeds.add(other)
        conn.execute("DELETE FROM doc_links WHERE kind = 'translation' AND (a = ? OR b = ?)", (d, d))
    seeds |= affected
    for key in sorted(keys):
        group = [
            DocSketch(i, lang, frozenset(key.split("|")), pub, set(), set(json.loads(nums or "[]")))
            for i, lang, pub, nums in conn.execute(
                "SELECT id, language, published, numbers FROM documents WHERE company_set = ?", (key,)
            )
        ]
        for a, b in translation_pairs(group):
            if a in affected or b in affected:
                links.add((a, b, "translation"))
    conn.executemany("INSERT OR IGNORE INTO doc_links(a, b, kind) VALUES (?, ?, ?)", sorted(links))
    for a, b, _kind in links:
        seeds.update((a, b))

    # Clusters of every document reachable from a seed, through old clusters and current links.
    component: set[str] = set()
    frontier = sorted(seeds)
    cluster_of: dict[str, str | None] = {}
    while frontier:
        nxt: set[str] = set()
        for d in frontier:
            if d in component:
                continue
            component.add(d)
            row = conn.execute("SELECT cluster_id FROM documents WHERE id = ?", (d,)).fetchone()
            cluster_of[d] = row[0] if row else None
            if row and row[0]:
                nxt.update(r[0] for r in conn.execute("SELECT id FROM documents WHERE cluster_id = ?", (row[0],)))
            nxt.update(r[0] for r in conn.execute("SELECT b FROM doc_links WHERE a = ? UNION SELECT a FROM doc_links WHERE b = ?", (d, d)))
        frontier = sorted(nxt - component)
    parent = {d: d for d in component}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in sorted(component):
        for (other,) in conn.execute("SELECT b FROM doc_links WHERE a = ?", (d,)):
            ra, rb = find(d), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    changed = [(find(d), d) for d in component if cluster_of.get(d) != find(d)]
    conn.executemany("UPDATE documents SET cluster_id = ? WHERE id = ?", changed)
    return len(changed)
