"""The corpus-level pass is incremental: each refresh touches the new documents and the names whose
company changed. These tests check that it ends in exactly the state a full rebuild gives, and
that a merge never leaves a company linked to itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tierscope.store import SQLiteStore, ingest

GRAPH_CORPUS = Path(__file__).parents[1] / "graph_corpus" / "articles"


def snapshot(store: SQLiteStore) -> dict[str, object]:
    """Everything the corpus-level pass derives, as comparable sets (row order and timestamps left out)."""
    queries = {
        "companies": "SELECT id, name, key FROM companies",
        "aliases": "SELECT company_id, alias, alias_key FROM aliases",
        "mentions": "SELECT doc_id, start, end, label, company_id FROM mentions",
        "relations": "SELECT id, type, source_id, target_id, symmetric FROM relations",
        # Assertion ids are derived from the relation a document was first written under, which
        # depends on what was stored before it; a statement is its document and span.
        "assertions": "SELECT doc_id, start, end, type, relation_id FROM assertions",
        "parked": "SELECT doc_id, start, end, type, relation_id FROM parked_assertions",
        "facilities": "SELECT id, owner_id, location, product FROM facilities",
        "facility_assertions": "SELECT doc_id, start, end, facility_id FROM facility_assertions",
        "documents": "SELECT id, cluster_id, company_set, numbers FROM documents",
        "links": "SELECT a, b, kind FROM doc_links",
        "names": "SELECT name, count, company_id FROM names",
        "renames": "SELECT doc_id, name, former FROM renames",
    }
    return {k: {tuple(r.values()) for r in store.rows(sql)} for k, sql in queries.items()}


def _doc(samples, key, text, rels, published="2024-01-01", companies=None, language="en"):
    names = companies or {n: n for r in rels for n in r[1:3]}
    doc = samples.make_doc(key, text, published=published, companies=names, relations=rels)
    doc.language = language
    return doc


def batches(samples):
    """Four ingest batches and the decisions taken between them: legal-form variants and an acronym
    arriving later, a reprint and a translation of earlier stories, a merge that turns a relation
    into a self-loop, a split that undoes it, and a former name stated last."""
    wire = ("Lumo Cells will supply battery cells to Corvo Auto from 2025 under a six-year contract "
            "covering 40,000 vans a year and 12 GWh, the companies said on Monday.")
    b1 = samples.corpus()[:3] + [
        _doc(samples, "wire", wire, [("supplies", "Lumo Cells", "Corvo Auto", "announced", "cells", "supply")],
             published="2024-03-04"),
        _doc(samples, "nord", "Nordfeld Batteries AG buys cathodes from Kestrel Materials.",
             [("supplies", "Kestrel Materials", "Nordfeld Batteries AG", "active", "cathodes", "buys")]),
    ]
    b2 = samples.corpus()[3:] + [
        _doc(samples, "copy", wire + " Reprinted with permission.",
             [("supplies", "Lumo Cells", "Corvo Auto", "announced", "cells", "supply")], published="2024-03-05"),
        _doc(samples, "de-wire", "Lumo Cells liefert ab 2025 Batteriezellen an Corvo Auto: 40.000 Transporter "
             "im Jahr, 12 GWh, sechs Jahre lang.", [("supplies", "Lumo Cells", "Corvo Auto", "announced", "cells",
                                                   "liefert")], published="2024-03-05", language="de"),
    ]
    b3 = [
        _doc(samples, "nord2", "Nordfeld Batteries S.p.A. and Corvo Veicoli signed a cell supply deal.",
             [("supplies", "Nordfeld Batteries S.p.A.", "Corvo Veicoli", "announced", "cells", "signed")],
             published="2024-05-01"),
        _doc(samples, "nord3", "NB says Kestrel Materials will keep supplying cathodes to Nordfeld Batteries.",
             [("supplies", "Kestrel Materials", "Nordfeld Batteries", "active", "cathodes", "supplying")],
             published="2024-06-01"),
    ]
    b4 = [
        _doc(samples, "lumo-corvo", "Lumo Cells ended its supply of cells to Corvo Veicoli.",
             [("supplies", "Lumo Cells", "Corvo Veicoli", "ended", "cells", "ended")], published="2024-09-01"),
        # A rename stated after three batches of "Lumo Cells": the old name's rows move to the new one.
        _doc(samples, "ostra", "Ostra Batteries, formerly Lumo Cells, will supply cells to Tesla.",
             [("supplies", "Ostra Batteries", "Tesla", "announced", "cells", "supply")], published="2024-10-01",
             companies={"Ostra Batteries": "Ostra Batteries", "Tesla": "Tesla"}),
    ]
    decisions = {
        1: [("merge", "Corvo Auto", "Corvo Veicoli", None)],
        2: [("merge", "Kestrel Materials", "Nordfeld Batteries", None)],  # a wrong merge: A supplies A
        3: [("split", "Nordfeld Batteries", None, None)],  # undone
    }
    return [b1, b2, b3, b4], decisions


def _run(store, samples, *, one_batch: bool) -> None:
    docs, decisions = batches(samples)
    if one_batch:
        ingest(store, items=[d for b in docs for d in b])
        for i in sorted(decisions):
            for kind, a, b, note in decisions[i]:
                store.add_decision(kind, a, b, note)
        return
    for i, batch in enumerate(docs):
        ingest(store, items=batch)
        for kind, a, b, note in decisions.get(i + 1, ()):
            store.add_decision(kind, a, b, note)


def test_incremental_refresh_equals_a_full_rebuild(tmp_path, samples):
    with SQLiteStore(tmp_path / "inc.db") as inc, SQLiteStore(tmp_path / "once.db") as once:
        _run(inc, samples, one_batch=False)
        _run(once, samples, one_batch=True)
        state = snapshot(inc)
        assert state == snapshot(once)
        inc.refresh(full=True)
        assert snapshot(inc) == state
    # What the scenario must have produced, so that the equality above is not between two empty graphs.
    names = sorted(n for _, n, _ in state["companies"])
    assert "Corvo Auto" in names and "Corvo Veicoli" not in names  # merged
    assert "Kestrel Materials" in names and len([n for n in names if n.startswith("Nordfeld")]) == 1  # split again
    assert not state["parked"]  # the split brought the parked assertions back
    assert "Ostra Batteries" in names and "Lumo Cells" not in names  # renamed
    links = {kind for _, _, kind in state["links"]}
    assert links == {"reprint", "translation"}


def test_a_merge_parks_self_loops_and_a_split_restores_them(store, samples):
    docs, _ = batches(samples)
    ingest(store, items=docs[0])
    before = store.counts()
    report = store.add_decision("merge", "Kestrel Materials", "Nordfeld Batteries AG")
    assert report.self_loops == 1
    loops = store.rows("SELECT count(*) AS n FROM relations WHERE source_id = target_id")[0]["n"]
    assert loops == 0
    assert store.counts()["assertions"] == before["assertions"] - 1
    assert store.counts()["relations"] == before["relations"] - 1
    assert store.rows("SELECT source_name, target_name FROM parked_assertions") == [
        {"source_name": "Kestrel Materials", "target_name": "Nordfeld Batteries AG"}]
    # A later article stating the same loop is parked as it arrives.
    ingest(store, items=docs[2][1:])
    assert store.rows("SELECT count(*) AS n FROM relations WHERE source_id = target_id")[0]["n"] == 0
    assert store.rows("SELECT count(*) AS n FROM parked_assertions")[0]["n"] == 2
    store.add_decision("split", "Nordfeld Batteries AG")
    assert store.rows("SELECT count(*) AS n FROM parked_assertions")[0]["n"] == 0
    rel = store.rows("SELECT cs.name AS s, ct.name AS t FROM relations r JOIN companies cs ON cs.id = r.source_id "
                     "JOIN companies ct ON ct.id = r.target_id WHERE r.type = 'supplies' AND cs.name = 'Kestrel Materials'")
    assert [(r["s"], r["t"]) for r in rel] == [("Kestrel Materials", "Nordfeld Batteries AG")]


def test_real_articles_one_by_one_equal_one_batch(tmp_path):
    files = sorted(GRAPH_CORPUS.glob("*.txt"))
    with SQLiteStore(tmp_path / "inc.db") as inc, SQLiteStore(tmp_path / "once.db") as once:
        for f in files:
            ingest(inc, [str(f)])
        ingest(once, [str(f) for f in files])
        state = snapshot(inc)
        assert state == snapshot(once)
        assert len(state["documents"]) == len(files) and state["links"]


def test_a_rerun_with_nothing_new_resolves_what_an_interrupted_run_left(tmp_path, samples):
    """A run stopped after its documents were written but before the batch's refresh: its re-run
    finds every document stored and must still resolve them (as one uninterrupted run would)."""
    docs = [_doc(samples, "a", "Orsa Cells supplies Corvo Motors.", [("supplies", "Orsa Cells", "Corvo Motors", "active", None, "supplies")]),
            _doc(samples, "b", "Corvo Motors buys from Orsa Cells.", [("supplies", "Orsa Cells", "Corvo Motors", "active", None, "buys")])]
    with SQLiteStore(tmp_path / "stopped.db") as stopped, SQLiteStore(tmp_path / "once.db") as once:
        for d in docs:
            stopped.add_document(d)  # written, never refreshed
        assert stopped.rows("SELECT count(*) AS n FROM documents WHERE resolved = 0")[0]["n"] == 2
        report = ingest(stopped, items=docs)
        assert report.new == 0 and report.already_stored == 2
        assert stopped.rows("SELECT count(*) AS n FROM documents WHERE resolved = 0")[0]["n"] == 0
        ingest(once, items=docs)
        assert snapshot(stopped) == snapshot(once)
