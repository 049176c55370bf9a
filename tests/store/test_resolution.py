"""Corpus-level resolution in the store: Resolver + gazetteer + decisions, relations re-keyed,
documents clustered; on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from tierscope.store import SQLiteStore, ingest
from tierscope.store.sqlite import SCHEMA_VERSION


def _doc(samples, key, text, rels, published="2024-01-01", companies=None):
    names = companies or {n: n for r in rels for n in r[1:3]}
    return samples.make_doc(key, text, published=published, companies=names, relations=rels)


def test_legal_forms_and_case_merge_after_the_batch(store, samples):
    docs = [
        _doc(samples, "a", "Orsa Batteries S.p.A. supplies cells to Tesla.",
             [("supplies", "Orsa Batteries S.p.A.", "Tesla", "active", "cells", "supplies")]),
        _doc(samples, "b", "Orsa Batteries AG agreed to supply cells to Tesla.",
             [("supplies", "Orsa Batteries AG", "Tesla", "announced", "cells", "agreed")], published="2024-02-01"),
    ]
    ingest(store, items=docs)
    names = [r["name"] for r in store.rows("SELECT name FROM companies ORDER BY name")]
    assert len(names) == 2 and names[0].startswith("Orsa Batteries") and names[1] == "Tesla"
    assert store.counts()["relations"] == 1 and store.counts()["assertions"] == 2
    aliases = {r["alias"] for r in store.rows("SELECT alias FROM aliases")}
    assert {"Orsa Batteries S.p.A.", "Orsa Batteries AG", "Tesla"} <= aliases


def test_parents_and_subsidiaries_stay_apart(store, samples):
    pairs = [("Envision", "Envision AESC"), ("Samsung Electronics", "Samsung SDI"), ("Ford", "Ford Otosan")]
    docs = [_doc(samples, f"d{i}", f"{a} owns {b}.", [("owns", a, b, "active", None, "owns")])
            for i, (a, b) in enumerate(pairs)]
    ingest(store, items=docs)
    rows = store.rows("SELECT r.type, cs.name AS s, ct.name AS t FROM relations r JOIN companies cs ON cs.id = r.source_id "
                      "JOIN companies ct ON ct.id = r.target_id")
    assert len(rows) == 3 and all(r["s"] != r["t"] for r in rows)
    assert store.counts()["companies"] == 6


def test_decisions_apply_now_and_to_later_ingests(store, samples):
    ingest(store, items=[_doc(samples, "a", "Lumo Cells supplies cells to Corvo Auto.",
                              [("supplies", "Lumo Cells", "Corvo Auto", "active", "cells", "supplies")])])
    report = store.add_decision("merge", "Corvo Auto", "Corvo Veicoli")
    assert report.moved == [("Corvo Veicoli", None, "Corvo Auto")]
    ingest(store, items=[_doc(samples, "b", "Lumo Cells ended its supply to Corvo Veicoli.",
                              [("supplies", "Lumo Cells", "Corvo Veicoli", "ended", "cells", "ended")],
                              published="2024-09-01")])
    assert store.counts()["relations"] == 1 and store.counts()["companies"] == 2
    store.add_decision("split", "Corvo Veicoli")
    assert store.counts()["relations"] == 2 and store.counts()["companies"] == 3
    assert store.counts()["assertions"] == 2  # assertions keep their rows
    assert [d["kind"] for d in store.decisions()] == ["merge", "split"]


def test_merge_keeps_the_first_company(store, samples):
    ingest(store, items=[_doc(samples, "a", "Lumo Cells supplies cells to BMW.",
                              [("supplies", "Lumo Cells", "BMW", "active", "cells", "supplies")])])
    lumo = store.rows("SELECT id FROM companies WHERE name = 'Lumo Cells'")[0]["id"]
    store.add_decision("merge", "Lumo Cells", "BMW")  # BMW is a known company; Lumo's node survives
    assert store.rows("SELECT id, name FROM companies") == [{"id": lumo, "name": "Lumo Cells"}]


def test_reprints_share_a_cluster(store, samples):
    text = ("Lumo Cells will supply battery cells to Corvo Auto from 2025 under a six-year contract "
            "covering 40,000 vans a year, the companies said on Monday.")
    docs = [_doc(samples, "wire", text, [("supplies", "Lumo Cells", "Corvo Auto", "announced", "cells", "supply")]),
            _doc(samples, "copy", text + " Reprinted.", [("supplies", "Lumo Cells", "Corvo Auto", "announced", "cells", "supply")])]
    ingest(store, items=docs)
    clusters = {r["doc_key"]: r["cluster_id"] for r in store.rows("SELECT doc_key, cluster_id FROM documents")}
    assert clusters["wire"] == clusters["copy"]


def _old_file(path, version: int) -> None:
    """A file as tierscope wrote it at schema ``version`` (1 or 2): one document, two companies,
    one relation stated once."""
    from tierscope.store.sqlite import _SCHEMA, APPLICATION_ID

    conn = sqlite3.connect(path)
    conn.executescript(_SCHEMA)  # the version-2 layout
    conn.executescript("""
        INSERT INTO documents(id, doc_key, source, text, ingested_at, cluster_id, published)
            VALUES ('d1', 'a.txt', 'news/a.txt', 'Lumo Cells supplies cells to Corvo Auto.', '2024-01-01', 'd1', '2024-01-01');
        INSERT INTO companies(id, name, key, created_at) VALUES ('c1', 'Lumo Cells', 'lumo cells', '2024'),
            ('c2', 'Corvo Auto', 'corvo auto', '2024');
        INSERT INTO aliases VALUES ('c1', 'Lumo Cells', 'lumo cells'), ('c2', 'Corvo Auto', 'corvo auto');
        INSERT INTO relations VALUES ('r1', 'supplies', 'c1', 'c2', 0);
        INSERT INTO assertions(id, relation_id, doc_id, status, evidence_text, start, end, published, source_name,
            target_name, type)
            VALUES ('x1', 'r1', 'd1', 'active', 'Lumo Cells supplies cells to Corvo Auto.', 0, 40, '2024-01-01',
                    'Lumo Cells', 'Corvo Auto', 'supplies');
    """)
    if version == 1:
        conn.executescript("""
            DROP INDEX documents_cluster;
            ALTER TABLE documents DROP COLUMN cluster_id;
            ALTER TABLE assertions DROP COLUMN type;
            ALTER TABLE facility_assertions DROP COLUMN location;
            ALTER TABLE facility_assertions DROP COLUMN product;
        """)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_old_files_are_upgraded(tmp_path, version):
    path = tmp_path / "old.db"
    _old_file(path, version)
    with SQLiteStore(path, create=False) as s:
        assert s.rows("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
        assert s.rows("SELECT type FROM assertions") == [{"type": "supplies"}]
        assert s.rows("SELECT cluster_id = id AS same, resolved FROM documents") == [{"same": 1, "resolved": 0}]
        indexes = {r["name"] for r in s.rows("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"relations_source", "relations_target", "assertions_relation"} <= indexes
        s.refresh()  # the first refresh of an upgraded file re-derives everything
        assert s.counts()["relations"] == 1
        assert s.rows("SELECT name, count FROM names ORDER BY name") == [
            {"name": "Corvo Auto", "count": 1}, {"name": "Lumo Cells", "count": 1}]
        assert s.rows("SELECT resolved FROM documents") == [{"resolved": 1}]


def _plant_doc(samples, key, text, location, product, capacity, published, lang="en"):
    doc = samples.make_doc(key, text, published=published, companies={"Orsa Batteries": "Orsa Batteries"},
                           facilities=[{"owner": "Orsa Batteries", "location": location, "product": product,
                                        "status": "announced", "capacity": {"value": capacity, "unit": "GWh"},
                                        "needle": f"{capacity:g} GWh"}])
    doc.language = lang
    return doc


def test_one_plant_whatever_the_language_of_its_place(store, samples):
    # "Lipsia" is Leipzig in Italian; the Italian report names no product, the English one does.
    ingest(store, items=[
        _plant_doc(samples, "en", "Orsa Batteries will build a 20 GWh plant in Leipzig.", "Leipzig", "battery cells",
                   20.0, "2024-06-01"),
        _plant_doc(samples, "it", "Orsa Batteries porterà lo stabilimento di Lipsia a 24 GWh.", "Lipsia", None,
                   24.0, "2024-12-01", lang="it"),
        _plant_doc(samples, "other", "Orsa Batteries plans a 8 GWh plant in Nowhereville.", "Nowhereville",
                   "battery cells", 8.0, "2024-12-02"),
    ])
    rows = store.rows("SELECT location, product FROM facilities ORDER BY location")
    assert rows == [{"location": "Leipzig", "product": "battery cells"},
                    {"location": "Nowhereville", "product": "battery cells"}]
    from tierscope import query

    [found] = query.contradictions(store, kinds=("capacity",))
    assert found.detail["location"] == "Leipzig" and (found.detail["min"], found.detail["max"]) == (20.0, 24.0)
    assert query.capacity(store) == {"Orsa Batteries": 32.0}  # Leipzig counted once, at its latest figure


def test_an_old_file_re_keys_its_plants_on_upgrade(tmp_path, samples):
    path = tmp_path / "v3.db"
    with SQLiteStore(path) as s:
        ingest(s, items=[
            _plant_doc(samples, "en", "Orsa Batteries will build a 20 GWh plant in Leipzig.", "Leipzig", "battery cells",
                       20.0, "2024-06-01"),
            _plant_doc(samples, "it", "Orsa Batteries porterà lo stabilimento di Lipsia a 24 GWh.", "Lipsia", None,
                       24.0, "2024-12-01", lang="it")])
        names = s.rows("SELECT name, count FROM names")
        with s.transaction() as c:  # as version 3 keyed them: owner, place as written, product
            c.execute("PRAGMA foreign_keys = OFF")
            for fid, owner, loc, product in c.execute("SELECT a.id, f.owner_id, a.location, a.product FROM "
                                                      "facility_assertions a JOIN facilities f ON f.id = a.facility_id").fetchall():
                from tierscope import ids

                old = ids.facility_id(owner, loc, product)
                c.execute("INSERT OR IGNORE INTO facilities(id, owner_id, location, product) VALUES (?, ?, ?, ?)",
                          (old, owner, loc, product))
                c.execute("UPDATE facility_assertions SET facility_id = ? WHERE id = ?", (old, fid))
            c.execute("DELETE FROM facilities WHERE id NOT IN (SELECT facility_id FROM facility_assertions)")
            c.execute("DROP TABLE renames")  # version 5
        s.conn.execute("PRAGMA user_version = 3")
    with SQLiteStore(path) as s:
        assert s.counts()["facilities"] == 2 and s.rows("SELECT DISTINCT resolved FROM documents") == [{"resolved": 0}]
        s.refresh()
        assert s.rows("SELECT location, product FROM facilities") == [{"location": "Leipzig", "product": "battery cells"}]
        assert s.rows("SELECT name, count FROM names") == names  # counted once again, not twice
