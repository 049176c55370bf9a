"""The SQLite store: one file holds documents, companies, relations with their evidence, facilities
and rejected inputs.

The file is marked with ``PRAGMA application_id`` (``APPLICATION_ID``) and versioned with
``PRAGMA user_version`` (``SCHEMA_VERSION``); the schema is created on first open. It runs in WAL
mode with foreign keys on. Every id is derived from content (``tierscope.ids``), so writing the same
thing twice adds nothing.

Schema, version 1 (offsets are character offsets into ``documents.text``):

``documents``
    ``id`` (PK, ``ids.content_id(text)``), ``doc_key`` (the user-facing id: file name or record id),
    ``source``, ``url``, ``title``, ``language``, ``published`` (ISO date), ``published_from``,
    ``format``, ``text``, ``errors`` (JSON list), ``provenance`` (JSON list of component names),
    ``ingested_at``. Ingest order is ``rowid``.
``sources``
    Every address a document was seen at: ``doc_id``, ``source``, ``url``, ``seen_at``;
    PK (``doc_id``, ``source``). The same text read from another path adds a row here, not a document.
``companies``
    ``id`` (PK, ``ids.short_hash("company", key)`` of the name it was created with), ``name``
    (canonical), ``key`` (``ids.company_key(name)``), ``sectors`` (JSON list), ``country``,
    ``created_at``.
``aliases``
    ``company_id``, ``alias`` (a surface form), ``alias_key`` (``ids.company_key(alias)``, indexed);
    PK (``company_id``, ``alias_key``). The canonical name is always one of a company's aliases.
``mentions``
    ``doc_id``, ``start``, ``end``, ``label``, ``text``, ``canonical``, ``company_id`` (COMPANY
    mentions only, else NULL), ``sentence``, ``attrs`` (JSON); PK (``doc_id``, ``start``, ``end``,
    ``label``).
``relations``
    ``id`` (PK, ``ids.relation_id(type, source_id, target_id, symmetric)``), ``type``,
    ``source_id``, ``target_id`` (sorted by id for symmetric types), ``symmetric``.
``assertions``
    One statement of a relation in one document: ``id`` (PK, ``ids.assertion_id(relation_id,
    doc_id, start, end)``), ``relation_id``, ``doc_id``, ``status``, ``product``, ``confidence``,
    ``evidence_text``, ``start``, ``end``, ``published`` (the document's date), ``component``,
    ``source_name``, ``target_name`` (the names as the document gave them).
``facilities``
    ``id`` (PK, ``ids.facility_id(owner_id, location, product)``), ``owner_id`` (NULL when unknown),
    ``location``, ``product``. From version 4 a plant is its owner's place (``store.plants``).
``facility_assertions``
    ``id`` (PK, ``ids.short_hash(facility_id, doc_id, start, end)``), ``facility_id``, ``doc_id``,
    ``owner_name``, ``status``, ``capacity_value``, ``capacity_unit``, ``investment_amount``,
    ``investment_currency``, ``confidence``, ``evidence_text``, ``start``, ``end``, ``published``,
    ``component``.
``rejections``
    The latest reason per input: ``source`` (PK), ``reason``, ``stage``, ``at``. Cleared when the
    same source is later stored.
``decisions``
    Manual curation, replayed in order by the resolver on every refresh: ``id``, ``kind`` (``merge``:
    a and b are one company, a's survives; ``split``: take name a out of its company; ``alias``: b is
    another name of company a), ``a``, ``b``, ``note``, ``at``.

Version 2 adds ``documents.cluster_id`` (near-duplicate cluster: the smallest doc id of a group of
reprints/translations; a "source" is a cluster), ``assertions.type`` and
``facility_assertions.location``/``product`` (so relation and facility rows can be re-derived when
companies are re-resolved). ``MIGRATIONS[1]`` upgrades a version-1 file in place.

Version 3 (``MIGRATIONS[2]``) makes the corpus-level pass incremental and adds the indexes the
query library and the web API read through:

* indexes ``relations(source_id, id)``, ``relations(target_id, id)``,
  ``assertions(relation_id, published)``, and name indexes used to re-key rows
  (``assertions.source_name``/``target_name``, ``facility_assertions.owner_name``, COMPANY mentions
  by ``COALESCE(canonical, text)``);
* ``documents.resolved`` (0 until the corpus-level pass has counted the document),
  ``documents.company_set`` (the sorted company ids it names) and ``documents.numbers`` (JSON list
  of the numbers in its text; NULL until sketched);
* ``names`` (every company name in the corpus: ``name``, ``count``, the ``company_id`` it resolved
  to), ``surfaces`` (COMPANY mention surface forms per canonical name, with the first mention's
  rowid), ``doc_bands`` (MinHash LSH band keys per document), ``doc_links`` (near-duplicate pairs,
  ``kind`` ``reprint`` or ``translation``);
* ``parked_assertions``: assertions whose two companies became one (a merge made "A supplies A").
  They are kept out of the graph, and come back when a split separates the names again.

An upgraded file's documents all count as new, so its first refresh is a full rebuild.

Version 4 (``MIGRATIONS[3]``) changes no table: a plant becomes its owner's place, the place in any
language (``store.plants``: "Lipsia" and "Leipzig" are one plant), where it was owner, place as
written and product. The migration forgets the incremental state, so the first refresh re-keys
every facility report (a full rebuild, as for version 3).

Version 5 (``MIGRATIONS[4]``) adds ``renames``: the former names articles state ("Voltaria Energia,
formerly Padana Accumulatori"; ``resolve.renames``), ``doc_id``, ``name`` (the company's name as the
entity stage gave it), ``former``; the resolver joins the two names. The migration forgets the
incremental state, so the first refresh reads every stored article for them.

Company resolution happens twice. While a document is written, ``resolve_company(conn, name)`` maps
a name to the company that already has it as an alias (by ``company_key``), creating one for an
unknown name: cheap and per document. Once per ingest batch (and after every decision)
``SQLiteStore.refresh()`` re-resolves the corpus's names with ``tierscope.resolve.Resolver``
(gazetteer, rules, decisions) and updates only the rows of new documents and of names whose
company changed; see ``tierscope.store.resolution``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import ids
from ..doc import SYMMETRIC_TYPES, Document, Rejection
from ..errors import StoreError
from .base import AddResult
from .plants import place_name, plant_id

__all__ = ["SQLiteStore", "resolve_company", "SCHEMA_VERSION", "APPLICATION_ID", "TABLES"]

SCHEMA_VERSION = 5
#: "tscp": marks a file as a tierscope database.
APPLICATION_ID = 0x74736370

TABLES = (
    "documents",
    "sources",
    "companies",
    "aliases",
    "mentions",
    "relations",
    "assertions",
    "facilities",
    "facility_assertions",
    "rejections",
    "decisions",
)

_SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    doc_key TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    language TEXT,
    published TEXT,
    published_from TEXT,
    format TEXT,
    text TEXT NOT NULL,
    errors TEXT NOT NULL DEFAULT '[]',
    provenance TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL,
    cluster_id TEXT
);
CREATE INDEX documents_doc_key ON documents(doc_key);
CREATE INDEX documents_cluster ON documents(cluster_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sources (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    url TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, source)
);
CREATE INDEX sources_source ON sources(source);

CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    sectors TEXT,
    country TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX companies_key ON companies(key);

CREATE TABLE aliases (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (company_id, alias_key)
);
CREATE INDEX aliases_alias_key ON aliases(alias_key);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    canonical TEXT,
    company_id TEXT REFERENCES companies(id),
    sentence INTEGER,
    attrs TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (doc_id, start, end, label)
);
CREATE INDEX mentions_company ON mentions(company_id);

CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES companies(id),
    target_id TEXT NOT NULL REFERENCES companies(id),
    symmetric INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX relations_source ON relations(source_id);
CREATE INDEX relations_target ON relations(target_id);
CREATE INDEX relations_type ON relations(type);

CREATE TABLE assertions (
    id TEXT PRIMARY KEY,
    relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    product TEXT,
    confidence REAL,
    evidence_text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    published TEXT,
    component TEXT,
    source_name TEXT,
    target_name TEXT,
    type TEXT
);
CREATE INDEX assertions_relation ON assertions(relation_id);
CREATE INDEX assertions_doc ON assertions(doc_id);

CREATE TABLE facilities (
    id TEXT PRIMARY KEY,
    owner_id TEXT REFERENCES companies(id),
    location TEXT,
    product TEXT
);
CREATE INDEX facilities_owner ON facilities(owner_id);

CREATE TABLE facility_assertions (
    id TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    owner_name TEXT,
    status TEXT NOT NULL,
    capacity_value REAL,
    capacity_unit TEXT,
    investment_amount REAL,
    investment_currency TEXT,
    confidence REAL,
    evidence_text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    published TEXT,
    component TEXT,
    location TEXT,
    product TEXT
);
CREATE INDEX facility_assertions_facility ON facility_assertions(facility_id);

CREATE TABLE rejections (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    stage TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT,
    note TEXT,
    at TEXT NOT NULL
);
"""

#: ``MIGRATIONS[n]`` upgrades a version-``n`` file to version ``n + 1``.
MIGRATIONS: dict[int, str] = {
    2: """
DROP INDEX relations_source;
DROP INDEX relations_target;
CREATE INDEX relations_source ON relations(source_id, id);
CREATE INDEX relations_target ON relations(target_id, id);
DROP INDEX assertions_relation;
CREATE INDEX assertions_relation ON assertions(relation_id, published);
CREATE INDEX assertions_source_name ON assertions(source_name);
CREATE INDEX assertions_target_name ON assertions(target_name);
CREATE INDEX facility_assertions_owner_name ON facility_assertions(owner_name);
CREATE INDEX mentions_name ON mentions(COALESCE(canonical, text)) WHERE label = 'COMPANY';
ALTER TABLE documents ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN company_set TEXT;
ALTER TABLE documents ADD COLUMN numbers TEXT;
CREATE INDEX documents_unresolved ON documents(id) WHERE resolved = 0;
CREATE INDEX documents_company_set ON documents(company_set);
CREATE TABLE names (
    name TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    company_id TEXT
);
CREATE TABLE surfaces (
    text TEXT NOT NULL,
    canonical TEXT NOT NULL,
    first INTEGER NOT NULL,
    PRIMARY KEY (text, canonical)
);
CREATE TABLE doc_bands (
    band TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;
CREATE INDEX doc_bands_doc ON doc_bands(doc_id);
CREATE TABLE doc_links (
    a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (a, b, kind)
) WITHOUT ROWID;
CREATE INDEX doc_links_b ON doc_links(b);
CREATE TABLE parked_assertions (
    id TEXT PRIMARY KEY,
    relation_id TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    product TEXT,
    confidence REAL,
    evidence_text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    published TEXT,
    component TEXT,
    source_name TEXT,
    target_name TEXT,
    type TEXT
);
CREATE INDEX parked_assertions_doc ON parked_assertions(doc_id)
""",
    1: """
ALTER TABLE documents ADD COLUMN cluster_id TEXT;
CREATE INDEX documents_cluster ON documents(cluster_id);
UPDATE documents SET cluster_id = id;
ALTER TABLE assertions ADD COLUMN type TEXT;
UPDATE assertions SET type = (SELECT r.type FROM relations r WHERE r.id = assertions.relation_id);
ALTER TABLE facility_assertions ADD COLUMN location TEXT;
ALTER TABLE facility_assertions ADD COLUMN product TEXT;
UPDATE facility_assertions SET location = (SELECT f.location FROM facilities f WHERE f.id = facility_assertions.facility_id),
    product = (SELECT f.product FROM facilities f WHERE f.id = facility_assertions.facility_id)
""",
    3: """
DELETE FROM names;
DELETE FROM surfaces;
DELETE FROM doc_bands;
DELETE FROM doc_links;
UPDATE documents SET resolved = 0, numbers = NULL, company_set = NULL
""",
    4: """
CREATE TABLE renames (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    former TEXT NOT NULL,
    PRIMARY KEY (doc_id, name, former)
);
DELETE FROM names;
DELETE FROM surfaces;
DELETE FROM doc_bands;
DELETE FROM doc_links;
UPDATE documents SET resolved = 0, numbers = NULL, company_set = NULL
""",
}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _company_id(key: str) -> str:
    return ids.short_hash("company", key)


def resolve_company(conn: sqlite3.Connection, name: str) -> str:
    """Id of the company called ``name``, created when no company has that name as an alias.

    Matching is by ``ids.company_key`` (case, accents, spacing). Where several companies share an
    alias, the one whose canonical name it is wins, then the oldest. Replace this function to plug in
    a corpus-level resolver; it must be called inside the store's write transaction.
    """
    key = ids.company_key(name or "")
    if not key:
        raise ValueError("cannot resolve an empty company name")
    row = conn.execute(
        "SELECT a.company_id FROM aliases a JOIN companies c ON c.id = a.company_id "
        "WHERE a.alias_key = ? ORDER BY (c.key = ?) DESC, c.rowid LIMIT 1",
        (key, key),
    ).fetchone()
    if row is not None:
        return row[0]
    cid = _company_id(key)
    clean = " ".join(name.split())
    conn.execute(
        "INSERT OR IGNORE INTO companies(id, name, key, created_at) VALUES (?, ?, ?, ?)",
        (cid, clean, key, _now()),
    )
    conn.execute(
        "INSERT OR IGNORE INTO aliases(company_id, alias, alias_key) VALUES (?, ?, ?)", (cid, clean, key)
    )
    return cid


_WORD = re.compile(r"[^\W_]+")


def _alias_worthy(surface: str, canonical: str) -> bool:
    """Whether a COMPANY mention's surface form should become an alias of its canonical company.

    Keeps forms that share a word with the canonical name ("Mercedes" for "Mercedes-Benz Group") and
    initialisms ("JLR", "LGES"); drops pronoun-like mentions ("the company", "Der Konzern") that the
    entity stage points back to a company.
    """
    if not any(c.isupper() for c in surface) or len(surface) > 80:
        return False
    words = {w.casefold() for w in _WORD.findall(surface)}
    canon = {w.casefold() for w in _WORD.findall(canonical)}
    if words & canon:
        return True
    return " " not in surface.strip() and sum(c.isupper() for c in surface) >= 2


def _sectors(value: Any) -> list[str] | None:
    if not value:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


class SQLiteStore:
    """A tierscope database in one SQLite file.

    ``SQLiteStore(path)`` opens the file, creating it and its schema when absent. With
    ``create=False`` a missing file is an error that tells the user to ingest first (query commands
    use that). Raises ``StoreError`` with a one-line message when the file is a folder, not a
    tierscope database, written by a newer tierscope, or cannot be created or written.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True):
        self.path = str(path)
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"{p} is a folder; pass a database file, e.g. --db {p / 'tierscope.db'}")
        exists = p.exists()
        if not exists:
            if not create:
                raise StoreError(f"no database at {p}; run `tierscope ingest PATH` first")
            parent = p.parent if str(p.parent) else Path(".")
            if not parent.is_dir():
                raise StoreError(f"cannot create {p}: folder {parent} does not exist; create it or pass another --db")
            if not os.access(parent, os.W_OK):
                raise StoreError(f"cannot create {p}: folder {parent} is not writable; pass --db in a writable folder")
        elif create and not os.access(p, os.W_OK):
            raise StoreError(f"{p} is not writable; fix its permissions or pass another --db")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {p}: {exc}; pass another --db") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            # An older file is upgraded when it can be written, even by a query command.
            self._prepare(p, writable=create or (exists and os.access(p, os.W_OK)))
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            msg = str(exc)
            if "not a database" in msg or "malformed" in msg or "encrypted" in msg:
                raise StoreError(f"{p} is not a tierscope database (not an SQLite file); pass another --db") from exc
            if "readonly" in msg or "read-only" in msg:
                raise StoreError(f"{p} is not writable ({msg}); fix its permissions or pass another --db") from exc
            raise StoreError(f"cannot open {p}: {msg}") from exc
        except StoreError:
            self.conn.close()
            raise

    # -- opening ---------------------------------------------------------------------------------

    def _prepare(self, p: Path, *, writable: bool) -> None:
        c = self.conn
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            if tables or version:
                shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
                raise StoreError(
                    f"{p} is an SQLite database but not a tierscope one (tables: {shown or 'none'}); "
                    "pass another --db"
                )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{p} was written by a newer tierscope (schema {version}; this one reads up to "
                f"{SCHEMA_VERSION}); upgrade tierscope"
            )
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA busy_timeout = 30000")
        if app_id == APPLICATION_ID and version == SCHEMA_VERSION:
            if writable:
                c.execute("PRAGMA synchronous = NORMAL")
            return
        if not writable:
            raise StoreError(f"{p} needs its schema created or upgraded; run `tierscope ingest PATH` first")
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = NORMAL")
        with self.transaction():
            # Re-read inside the write lock: another process may have created the schema meanwhile.
            version = c.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        c.execute(statement)
                version = 2  # _SCHEMA is the version-2 layout; the migrations below bring it up to date
            while version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        c.execute(statement)
                version += 1
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            c.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any exception
        (KeyboardInterrupt included), so a crash never leaves half a document."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # -- writing ---------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> AddResult:
        """Write ``doc`` and everything extracted from it in one transaction.

        Idempotent: a document whose text is already stored only gains ``doc.source`` as another
        address. Returns what was done (see ``AddResult``).
        """
        doc_id = ids.content_id(doc.text)
        try:
            with self.transaction() as c:
                result = self._write(c, doc, doc_id)
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "readonly" in msg or "disk" in msg or "locked" in msg or "full" in msg:
                raise StoreError(f"cannot write to {self.path}: {msg}") from exc
            raise
        return result

    def _write(self, c: sqlite3.Connection, doc: Document, doc_id: str) -> AddResult:
        now = _now()
        new = c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None
        if new:  # a known text only gains an address (below)
            c.execute(
                "INSERT INTO documents(id, doc_key, source, url, title, language, published, published_from, "
                "format, text, errors, provenance, ingested_at, cluster_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id, doc.id, doc.source, doc.url, doc.title, doc.language, doc.published,
                    doc.published_from, doc.format, doc.text, _json(list(doc.errors)),
                    _json(list(doc.provenance)), now, doc_id,
                ),
            )
        c.execute(
            "INSERT OR IGNORE INTO sources(doc_id, source, url, seen_at) VALUES (?, ?, ?, ?)",
            (doc_id, doc.source, doc.url, now),
        )
        c.execute("DELETE FROM rejections WHERE source = ?", (doc.source,))
        if not new:
            return AddResult(doc_id=doc_id, new=False)

        cache: dict[str, str] = {}

        def company(name: str) -> str:
            if name not in cache:
                cache[name] = resolve_company(c, name)
            return cache[name]

        for m in doc.mentions:
            if m.attrs.get("implied"):
                continue  # a left-out subject names nothing in the text (its relations are stored)
            cid = None
            if m.label == "COMPANY":
                canonical = m.canonical or m.text
                cid = company(canonical)
                if m.text and m.text != canonical and _alias_worthy(m.text, canonical):
                    self._add_alias(c, cid, m.text)
                sectors = _sectors(m.attrs.get("sectors"))
                if sectors:
                    c.execute(
                        "UPDATE companies SET sectors = ? WHERE id = ? AND sectors IS NULL", (_json(sectors), cid)
                    )
                country = m.attrs.get("country")
                if country:
                    c.execute("UPDATE companies SET country = ? WHERE id = ? AND country IS NULL", (str(country), cid))
            c.execute(
                "INSERT OR IGNORE INTO mentions(doc_id, start, end, label, text, canonical, company_id, "
                "sentence, attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, m.start, m.end, m.label, m.text, m.canonical, cid, m.sentence, _json(m.attrs)),
            )

        for r in doc.relations:
            symmetric = r.type in SYMMETRIC_TYPES
            _, sid, tid = ids.relation_key(r.type, company(r.source), company(r.target), symmetric)
            rid = ids.relation_id(r.type, sid, tid, symmetric)
            c.execute(
                "INSERT OR IGNORE INTO relations(id, type, source_id, target_id, symmetric) VALUES (?, ?, ?, ?, ?)",
                (rid, r.type, sid, tid, int(symmetric)),
            )
            e = r.evidence
            c.execute(
                "INSERT OR IGNORE INTO assertions(id, relation_id, doc_id, status, product, confidence, "
                "evidence_text, start, end, published, component, source_name, target_name, type) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ids.assertion_id(rid, doc_id, e.start, e.end), rid, doc_id, r.status, r.product,
                    r.confidence, e.text, e.start, e.end, doc.published, r.component, r.source, r.target,
                    r.type,
                ),
            )

        for f in doc.facilities:
            owner_id = company(f.owner) if f.owner and ids.company_key(f.owner) else None
            fid = plant_id(owner_id, f.location, f.product)
            c.execute(
                "INSERT OR IGNORE INTO facilities(id, owner_id, location, product) VALUES (?, ?, ?, ?)",
                (fid, owner_id, place_name(f.location), f.product),
            )
            if f.product:  # a plant first reported without its product takes the first one named
                c.execute("UPDATE facilities SET product = ? WHERE id = ? AND product IS NULL", (f.product, fid))
            cap = f.capacity or {}
            inv = f.investment or {}
            e = f.evidence
            c.execute(
                "INSERT OR IGNORE INTO facility_assertions(id, facility_id, doc_id, owner_name, status, "
                "capacity_value, capacity_unit, investment_amount, investment_currency, confidence, "
                "evidence_text, start, end, published, component, location, product) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ids.short_hash(fid, doc_id, e.start, e.end), fid, doc_id, f.owner, f.status,
                    cap.get("value"), cap.get("unit"), inv.get("amount"), inv.get("currency"),
                    f.confidence, e.text, e.start, e.end, doc.published, f.component, f.location, f.product,
                ),
            )

        return AddResult(doc_id=doc_id, new=True)

    @staticmethod
    def _add_alias(c: sqlite3.Connection, cid: str, alias: str) -> None:
        alias = " ".join(alias.split())
        key = ids.company_key(alias)
        taken = c.execute("SELECT 1 FROM aliases WHERE alias_key = ? AND company_id != ?", (key, cid)).fetchone()
        if key and taken is None:  # never take a name another company already answers to
            c.execute(
                "INSERT OR IGNORE INTO aliases(company_id, alias, alias_key) VALUES (?, ?, ?)", (cid, alias, key)
            )

    # -- corpus-level resolution and curation ------------------------------------------------

    def refresh(self, *, full: bool = False, known: Any = None):
        """Bring companies, aliases, relations, facilities and near-duplicate clusters up to date
        with the documents written since the last refresh (``full=True``: recompute everything from
        scratch; the result is the same), in one transaction; see ``tierscope.store.resolution``.
        Returns a ``RefreshReport``. ``ingest`` calls it once per batch."""
        from .resolution import refresh

        try:
            with self.transaction() as c:
                return refresh(c, known=known, full=full)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def add_decision(self, kind: str, a: str, b: str | None = None, note: str | None = None, *, known: Any = None):
        """Record a curation decision (``merge`` a b, ``split`` a, ``alias`` company=a alias=b) and
        apply it at once (and to every later ingest). Returns the ``RefreshReport`` of the re-resolution."""
        from ..errors import UsageError
        from ..resolve import Decision
        from .resolution import refresh

        for name in (a, b):
            if name is not None and not any(c.isalnum() for c in name):
                raise UsageError(f"company name {name!r} is empty; give a name with letters or digits")
        try:
            Decision(kind, a, b)  # validates
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        try:
            with self.transaction() as c:
                c.execute("INSERT INTO decisions(kind, a, b, note, at) VALUES (?, ?, ?, ?, ?)", (kind, a, b, note, _now()))
                return refresh(c, known=known)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def decisions(self) -> list[dict[str, Any]]:
        """Stored decisions, oldest first: ``id``, ``kind``, ``a``, ``b``, ``note``, ``at``."""
        return self.rows("SELECT id, kind, a, b, note, at FROM decisions ORDER BY id")

    def add_rejection(self, rejection: Rejection) -> None:
        """Record why an input could not be processed; replaces an earlier reason for the same source."""
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO rejections(source, reason, stage, at) VALUES (?, ?, ?, ?)",
                (rejection.source, rejection.reason, rejection.stage, _now()),
            )

    # -- reading ---------------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts."""
        return [dict(r) for r in self.conn.execute(sql, params)]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
