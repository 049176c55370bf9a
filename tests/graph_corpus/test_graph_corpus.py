"""The multi-article corpus through the real pipeline and the real CLI entry point, into real SQLite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLES = Path(__file__).with_name("articles")


def tierscope(*args, db, check=True):
    env = {**os.environ, "COLUMNS": "250"}
    proc = subprocess.run([sys.executable, "-m", "tierscope", *map(str, args), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def as_json(*args, db):
    return json.loads(tierscope(*args, "--json", db=db).stdout)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    proc = tierscope("ingest", ARTICLES, "--json", db=path)
    summary = json.loads(proc.stdout)
    assert summary["new"] == 16 and not summary["skipped"]
    return path


def test_one_battery_maker_under_four_names_is_one_node(db):
    found = as_json("companies", "--search", "voltaria", db=db)
    assert [c["name"] for c in found] == ["Voltaria Energia"]
    aliases = set(found[0]["aliases"])
    for name in ("Voltaria Energia Ltd", "Voltaria Energia S.p.A.", "Voltaria Energia AG", "Voltaria Energia SA"):
        assert name in aliases
    for name in ("Voltaria Energia AG", "voltaria energia s.p.a.", "Voltaria Energia SA"):
        assert as_json("show", name, db=db)["company"]["name"] == "Voltaria Energia"


def test_a_former_name_stated_in_an_article_is_the_same_node(db):
    # 2021 (it): "Padana Accumulatori S.p.A." opens a pilot line; 2024 (en): "Voltaria Energia Ltd,
    # formerly Padana Accumulatori, ...".
    assert as_json("show", "Padana Accumulatori S.p.A.", db=db)["company"]["name"] == "Voltaria Energia"
    assert [c["name"] for c in as_json("companies", "--search", "padana", db=db)] == ["Voltaria Energia"]


def test_rumour_talks_deal_is_one_relation_with_three_steps(db):
    found = as_json("history", "Voltaria Energia SA", "Brennero Motors", "--type", "supplies", db=db)
    assert len(found) == 1
    h = found[0]
    assert h["relation"]["source"] == "Voltaria Energia" and h["relation"]["target"] == "Brennero Motors"
    assert [s["status"] for s in h["steps"]] == ["rumoured", "in_talks", "announced"]
    assert [s["start"] for s in h["steps"]] == ["2022-02-10", "2023-03-14", "2024-05-12"]
    assert h["relation"]["status"] == "announced"
    # The signed deal: a German story, and an English wire story with its reprint and its French
    # translation -> 2 sources, 4 documents.
    signed = h["steps"][2]
    assert signed["sources"] == 2 and len(signed["documents"]) == 4
    assert all(d["addresses"] for d in signed["documents"])
    text = tierscope("history", "Voltaria Energia", "Brennero Motors", db=db).stdout
    assert "rumoured" in text and "in_talks" in text and "announced" in text


def test_as_of_answers_what_was_known_then(db):
    rel = as_json("relations", "--company", "Brennero Motors", "--type", "supplies", "--as-of", "2023-12-31", db=db)
    assert len(rel) == 1 and rel[0]["status"] == "in_talks"
    assert rel[0]["age_days"] == 292  # talks confirmed 2023-03-14, nothing stronger by the end of 2023
    assert as_json("relations", "--company", "Brennero Motors", "--type", "supplies", "--as-of", "2022-06",
                   db=db)[0]["status"] == "rumoured"
    assert as_json("relations", "--company", "Brennero Motors", "--as-of", "2021", db=db) == []
    assert as_json("upstream", "Brennero Motors", "--as-of", "2023-12-31", db=db)[0]["status"] == "in_talks"


def test_parent_and_subsidiary_stay_two_nodes_linked_by_owns(db):
    parent = as_json("show", "Kestrel Industries AG", db=db)
    child = as_json("show", "Kestrel Industries Cells GmbH", db=db)
    assert parent["company"]["name"] == "Kestrel Industries"
    assert child["company"]["name"] == "Kestrel Industries Cells"
    owns = parent["relations"]["owns"]
    assert [(r["other"], r["direction"]) for r in owns] == [("Kestrel Industries Cells", "out")]


def test_reprint_and_translation_count_once_but_keep_their_addresses(db):
    [rel] = as_json("relations", "--company", "Brennero Motors", "--type", "supplies", db=db)
    assert rel["documents"] == 6 and rel["sources"] == 4
    ev = as_json("evidence", "Voltaria Energia", "Brennero Motors", db=db)
    clusters = {e["doc_key"]: e["source_key"] for e in ev}
    wire = clusters["en-2024-signed-wire.txt"]
    assert clusters["en-2024-signed-reprint.txt"] == wire and clusters["fr-2024-signed-translation.txt"] == wire
    assert clusters["de-2024-signed.txt"] != wire  # another story of the same deal, not a copy
    assert len(set(clusters.values())) == 4
    assert {e["document_source"].rsplit("/", 1)[-1] for e in ev} >= {
        "en-2024-signed-wire.txt", "en-2024-signed-reprint.txt", "fr-2024-signed-translation.txt"}


def test_upstream_chain_of_depth_two(db):
    links = as_json("upstream", "Brennero Motors", "--depth", "2", db=db)
    tiers = {link["company"]: link["tier"] for link in links}
    assert tiers["Voltaria Energia"] == 1
    assert tiers["Litio Andino"] == 2 and tiers["Kestrel Industries Cells"] == 2
    lithium = next(link for link in links if link["company"] == "Litio Andino")
    assert [(h["source"], h["target"]) for h in lithium["path"]] == [
        ("Voltaria Energia", "Brennero Motors"), ("Litio Andino", "Voltaria Energia")]
    assert lithium["status"] == "announced"
    assert as_json("upstream", "Brennero Motors", "--depth", "1", db=db) == links[:1]
    down = as_json("downstream", "Litio Andino", db=db)
    assert [(d["company"], d["tier"]) for d in down] == [("Voltaria Energia", 1), ("Brennero Motors", 2)]
    hops = as_json("path", "Litio Andino", "Brennero Motors", db=db)
    assert [h["target"] for h in hops] == ["Voltaria Energia", "Brennero Motors"]


def test_capacity_and_single_source(db):
    # Leipzig (en, 20 GWh) and Lipsia (it, 24 GWh later) are one plant, counted at its latest figure.
    assert as_json("capacity", "--by", "owner", db=db) == [
        {"label": "Voltaria Energia", "total": 24.0, "gwh": {"announced": 24.0}, "plants": 1}]
    assert [(r["label"], r["total"]) for r in as_json("capacity", "--by", "country", db=db)] == [("DE", 24.0)]
    assert as_json("capacity", "--as-of", "2024-06-30", db=db)[0]["total"] == 20.0
    single = {(s["customer"], s["supplier"]) for s in as_json("single-source", db=db)}
    assert ("Brennero Motors", "Voltaria Energia") in single


def test_a_decision_is_reapplied_on_a_later_ingest(db, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(db).read_bytes())
    tierscope("alias", "add", "Voltaria Energia", "VLT Batteries", db=copy)
    tierscope("merge", "Brennero Motors", "Brennero Veicoli", db=copy)  # a name not seen yet
    later = tmp_path / "later"
    later.mkdir()
    (later / "en-2025.txt").write_text(
        "Brennero Veicoli orders more cells\n\nJanuary 9, 2025\n\n"
        "Voltaria Energia Ltd has started supplying battery cells to Brennero Veicoli S.p.A., the van maker said.\n",
        encoding="utf-8")
    tierscope("ingest", later, db=copy)
    assert [c["name"] for c in as_json("companies", "--search", "brennero", db=copy)] == ["Brennero Motors"]
    assert as_json("show", "VLT Batteries", db=copy)["company"]["name"] == "Voltaria Energia"
    assert [d["kind"] for d in as_json("decisions", db=copy)] == ["alias", "merge"]


def test_a_denial_after_a_rumour_shows_as_denied(db):
    [h] = as_json("history", "Kestrel Industries AG", "Salar Minera", db=db)
    assert (h["relation"]["type"], h["relation"]["status"]) == ("acquires", "denied")
    assert [(s["status"], s["start"]) for s in h["steps"]] == [("rumoured", "2023-04-03"), ("denied", "2024-02-20")]
    [before] = as_json("history", "Kestrel Industries AG", "Salar Minera", "--as-of", "2023-12-31", db=db)
    assert before["relation"]["status"] == "rumoured" and before["relation"]["age_days"] == 272


def test_an_old_rumour_stays_a_rumour_with_its_age(db):
    [rel] = as_json("relations", "--company", "Nordfjord Graphite", "--as-of", "2024-12-31", db=db)
    assert (rel["status"], rel["age_days"]) == ("rumoured", 862)  # 2022-08-22 to 2024-12-31
    assert rel["status_reason"] == "rumoured since 2022-08-22, nothing stronger for 862 days"
    text = tierscope("relations", "--company", "Nordfjord Graphite", "--as-of", "2024-12-31", db=db).stdout
    assert "rumoured, 862 days old" in text


def test_a_tier_three_link_through_a_rumour_is_shown_as_rumoured(db):
    links = {link["company"]: link for link in as_json("upstream", "Brennero Motors", "--depth", "3", db=db)}
    graphite = links["Nordfjord Graphite"]
    assert (graphite["tier"], graphite["status"]) == (3, "rumoured")
    assert [h["status"] for h in graphite["path"]] == ["announced", "active", "rumoured"]
    assert "Nordfjord Graphite" not in {link["company"] for link in as_json("upstream", "Brennero Motors", db=db)}
    # --product filters the first tier by its words: "cells" finds the battery-cell supplier.
    cells = as_json("upstream", "Brennero Motors", "--product", "cells", "--depth", "1", db=db)
    assert [link["company"] for link in cells] == ["Voltaria Energia"]
    assert as_json("upstream", "Brennero Motors", "--product", "lithium", db=db) == []


def test_capacity_disagreement_across_languages_is_flagged(db):
    [c] = as_json("contradictions", "--kind", "capacity", db=db)
    assert c["summary"] == "Voltaria Energia plant at Leipzig: capacity reported from 20 to 24 GWh"
    assert [r["published"] for r in c["detail"]["reports"]] == ["2024-06-20", "2024-12-02"]
    plants = as_json("show", "Voltaria Energia", db=db)["facilities"]
    assert sorted((p["location"], p["documents"]) for p in plants) == [("Leipzig", 2), ("Modena", 1)]
