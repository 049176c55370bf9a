"""The SQLite store on real files: round trip, idempotency, atomic writes, clear errors."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tierscope import ids
from tierscope.doc import Document, Evidence, Rejection, Relation
from tierscope.errors import StoreError
from tierscope.store import SCHEMA_VERSION, SQLiteStore, Store, ingest, resolve_company


def test_creates_versioned_schema_in_wal_mode(tmp_path):
    path = tmp_path / "new.db"
    with SQLiteStore(path) as s:
        assert isinstance(s, Store)
        assert s.rows("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
        assert s.rows("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
        assert s.rows("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
        assert set(s.counts()) >= {"documents", "sources", "companies", "aliases", "mentions", "relations",
                                   "assertions", "facilities", "facility_assertions", "rejections", "decisions"}
    # Reopening an existing database keeps it as it is.
    with SQLiteStore(path, create=False) as s:
        assert s.counts()["documents"] == 0


def test_round_trip(store, docs):
    for d in docs:
        assert store.add_document(d).new
    counts = store.counts()
    assert counts["documents"] == len(docs)
    assert counts["sources"] == len(docs)
    assert counts["relations"] == 5  # the two Continental->Rivian and two LGES/Renault reports share a relation
    assert counts["assertions"] == 7
    assert counts["facilities"] == 1 and counts["facility_assertions"] == 1

    jlr = docs[0]
    row = store.rows("SELECT * FROM documents WHERE doc_key = ?", (jlr.id,))[0]
    assert row["id"] == ids.content_id(jlr.text)
    assert row["text"] == jlr.text and row["published"] == "2024-03-03" and row["url"] == jlr.url
    assert json.loads(row["provenance"]) == ["test.samples.v1"]

    a = store.rows("SELECT * FROM assertions WHERE doc_id = ?", (row["id"],))[0]
    rel = jlr.relations[0]
    assert (a["status"], a["product"], a["start"], a["end"]) == ("announced", "battery cells",
                                                                 rel.evidence.start, rel.evidence.end)
    assert jlr.text[a["start"]:a["end"]] == a["evidence_text"]

    fa = store.rows("SELECT * FROM facility_assertions")[0]
    assert (fa["capacity_value"], fa["capacity_unit"], fa["investment_currency"]) == (100.0, "GWh", "EUR")
    owner = store.rows("SELECT c.name FROM facilities f JOIN companies c ON c.id = f.owner_id")[0]
    assert owner["name"] == "CATL"


def test_same_document_twice_adds_nothing(store, docs):
    for d in docs:
        store.add_document(d)
    before = store.counts()
    for d in docs:
        result = store.add_document(d)
        assert not result.new
    assert store.counts() == before


def test_same_text_from_another_path_is_one_document_with_two_sources(store, samples):
    first = samples.corpus()[0]
    again = samples.corpus()[0]
    again.source = "mirror/copy-of-jlr.txt"
    again.text = again.text.replace(". ", ".\n")  # other line breaks, same content id
    store.add_document(first)
    result = store.add_document(again)
    assert not result.new
    counts = store.counts()
    assert counts["documents"] == 1 and counts["sources"] == 2 and counts["assertions"] == 1
    assert {r["source"] for r in store.rows("SELECT source FROM sources")} == {first.source, again.source}


def test_symmetric_relation_is_one_relation_whatever_the_order(store, samples):
    talks, denied = samples.corpus()[3], samples.corpus()[4]
    assert talks.relations[0].source != denied.relations[0].source  # written in both orders
    store.add_document(talks)
    store.add_document(denied)
    assert store.counts()["relations"] == 1
    assert store.counts()["assertions"] == 2


def test_interrupted_write_leaves_no_partial_rows(store, samples):
    good = samples.corpus()[0]
    store.add_document(good)
    before = store.counts()
    bad = samples.corpus()[5]
    # The second relation cannot be written (an object SQLite cannot store): the document row, its
    # mentions, new companies and the first relation were already inserted when it fails.
    bad.relations[1].confidence = object()
    with pytest.raises(sqlite3.Error):
        store.add_document(bad)
    assert store.counts() == before
    # The store is still usable and the same document goes in once it is fixed.
    bad.relations[1].confidence = 0.7
    assert store.add_document(bad).new
    assert store.counts()["documents"] == before["documents"] + 1


def test_empty_company_name_fails_atomically(store):
    text = "Somebody supplies Acme."
    doc = Document(id="x", source="x.txt", text=text)
    doc.relations = [Relation("supplies", " ", "Acme", "active", Evidence(text, 0, len(text)))]
    with pytest.raises(ValueError):
        store.add_document(doc)
    assert store.counts()["documents"] == 0 and store.counts()["companies"] == 0


def test_company_resolution_by_alias(store, samples):
    docs = samples.corpus()
    store.add_document(docs[0])
    names = store.rows("SELECT name FROM companies ORDER BY name")
    assert [r["name"] for r in names] == ["Envision AESC", "Jaguar Land Rover"]
    aliases = {r["alias"] for r in store.rows(
        "SELECT alias FROM aliases a JOIN companies c ON c.id = a.company_id WHERE c.name = 'Jaguar Land Rover'")}
    assert aliases == {"Jaguar Land Rover", "JLR"}
    # "The company" points back to Envision AESC but is not a name of it.
    assert not store.rows("SELECT 1 FROM aliases WHERE alias_key = 'the company'")
    # A later document naming the company only by its alias resolves to the same company.
    text = "JLR buys more cells from Envision AESC."
    later = Document(id="later", source="later.txt", text=text, published="2025-01-01")
    later.relations = [Relation("supplies", "Envision AESC", "jlr", "active", Evidence(text, 0, len(text)))]
    store.add_document(later)
    assert store.counts()["companies"] == 2
    assert store.counts()["relations"] == 1


def test_resolve_company_prefers_the_company_whose_name_it_is(tmp_path):
    with SQLiteStore(tmp_path / "r.db") as s:
        with s.transaction() as c:
            bmw = resolve_company(c, "BMW")
            assert resolve_company(c, "bmw ") == bmw
            other = resolve_company(c, "BMW Group")
            c.execute("INSERT INTO aliases(company_id, alias, alias_key) VALUES (?, 'BMW', 'bmw')", (other,))
            assert resolve_company(c, "BMW") == bmw
            with pytest.raises(ValueError):
                resolve_company(c, "   ")


def test_rejections_keep_the_latest_and_clear_on_success(store, samples):
    doc = samples.corpus()[0]
    store.add_rejection(Rejection(doc.source, "file is empty"))
    store.add_rejection(Rejection(doc.source, "larger than 10 bytes", stage="ingest"))
    rows = store.rows("SELECT source, reason FROM rejections")
    assert rows == [{"source": doc.source, "reason": "larger than 10 bytes"}]
    store.add_document(doc)
    assert store.counts()["rejections"] == 0


def test_ingest_items_reports_new_known_and_skipped(store, samples):
    docs = samples.corpus()
    items = [*docs, docs[0], Rejection("broken.html", "no main text", stage="tierscope.clean.v1")]
    seen = []
    report = ingest(store, items=items, on_item=lambda item, r: seen.append(item))
    assert len(seen) == len(items)
    assert (report.documents, report.new, report.already_stored) == (7, 6, 1)
    assert [r.source for r in report.skipped] == ["broken.html"]
    assert report.relations == 8 and report.facilities == 1
    assert report.companies == 10  # distinct company names across the documents read
    assert store.rows("SELECT reason, stage FROM rejections") == [
        {"reason": "no main text", "stage": "tierscope.clean.v1"}]
    with pytest.raises(TypeError):
        ingest(store)


def test_ingest_signals_the_refresh_phase(store, samples):
    """A progress display learns when every input is read and the batch's refresh starts, and when
    the run ends; nothing to refresh (no document) goes straight to the end."""
    events = []
    ingest(store, items=samples.corpus()[:2], on_item=lambda item, r: events.append("item"),
           on_phase=lambda phase, r: events.append((phase, r.documents, r.resolution is not None)))
    assert events == ["item", "item", ("resolving", 2, False), ("done", 2, True)]
    events.clear()
    ingest(store, items=[Rejection("broken.html", "no main text")],
           on_phase=lambda phase, r: events.append(phase))
    assert events == ["done"]


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError, match=r"no database at .*missing\.db; run `tierscope ingest PATH` first"):
        SQLiteStore(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert str(info.value) == f"{path} is not a tierscope database (not an SQLite file); pass another --db"
    assert path.read_text().startswith("these are my notes")


def test_someone_elses_sqlite_file(tmp_path):
    path = tmp_path / "other.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE invoices(id INTEGER)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="is an SQLite database but not a tierscope one .tables: invoices."):
        SQLiteStore(path)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    SQLiteStore(path).close()
    c = sqlite3.connect(path)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.close()
    with pytest.raises(StoreError, match="newer tierscope"):
        SQLiteStore(path)


def test_folder_and_missing_parent(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        SQLiteStore(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "no" / "such" / "t.db")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file permissions do not bind root")
def test_read_only_file(tmp_path, samples):
    path = tmp_path / "ro.db"
    SQLiteStore(path).close()
    path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="is not writable"):
            SQLiteStore(path)
    finally:
        path.chmod(0o644)


def test_ingest_paths_through_the_real_reader(tmp_path):
    """``ingest`` over files with the real ``tierscope.ingest`` reader and a pipeline of no stages:
    documents, the same text at a second path, and an input over ``max_bytes``."""
    pytest.importorskip("tierscope.ingest", reason="tierscope.ingest (the reader) is not there yet")
    from tierscope.pipeline import Pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bosch supplies Volkswagen with brakes.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bosch supplies Volkswagen with brakes.\n", encoding="utf-8")
    (folder / "big.txt").write_text("Siemens buys a company. " * 200, encoding="utf-8")
    with SQLiteStore(tmp_path / "p.db") as s:
        report = ingest(s, [str(folder)], pipeline=Pipeline([]), max_bytes=1000)
        assert (report.documents, report.new, report.already_stored) == (2, 1, 1)
        assert [os.path.basename(r.source) for r in report.skipped] == ["big.txt"]
        assert s.counts()["documents"] == 1 and s.counts()["sources"] == 2 and s.counts()["rejections"] == 1
        # Without a limit (the reader's default) the big file goes in and its rejection is cleared.
        report = ingest(s, [str(folder / "big.txt")], pipeline=Pipeline([]))
        assert report.new == 1 and not report.skipped
        assert s.counts()["rejections"] == 0


def test_interrupted_ingest_can_be_rerun(tmp_path, samples):
    def stream(stop_after):
        for i, doc in enumerate(samples.corpus()):
            if i == stop_after:
                raise KeyboardInterrupt
            yield doc

    with SQLiteStore(tmp_path / "i.db") as s:
        with pytest.raises(KeyboardInterrupt):
            ingest(s, items=stream(3))
        assert s.counts()["documents"] == 3
        report = ingest(s, items=stream(99))
        assert (report.new, report.already_stored) == (3, 3)
        interrupted = s.counts()
    with SQLiteStore(tmp_path / "clean.db") as s:
        ingest(s, items=samples.corpus())
        assert s.counts() == interrupted


def test_skipped_reasons_group_numbers():
    from tierscope.store import IngestReport

    report = IngestReport(skipped=[Rejection("a", "file is 4,648 bytes, over the 3,000 bytes limit"),
                                   Rejection("b", "file is 3,883 bytes, over the 3,000 bytes limit"),
                                   Rejection("c", "empty file"),
                                   Rejection("d", "record 7 has no text")])
    assert report.skipped_reasons() == [("file is N bytes, over the N bytes limit", 2), ("empty file", 1),
                                        ("record 7 has no text", 1)]
