"""The real CLI: click's runner on the real group, and the installed entry point in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from tierscope.cli.main import cli
from tierscope.store import SQLiteStore

COMMANDS = ["extract", "ingest", "companies", "show", "relations", "evidence", "export"]


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def one_line_error(result, expected_start: str) -> None:
    assert result.stderr.startswith("error: " + expected_start), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def pipeline_missing() -> str | None:
    try:
        from tierscope.pipeline import default_components

        default_components()
    except ImportError as exc:
        return f"the extraction pipeline is not complete yet ({exc})"
    return None


def test_help_lists_every_command_with_one_line():
    result = run("--help")
    assert result.exit_code == 0
    assert "supplies, partners with, invests in" in result.stdout
    listed = result.stdout.split("Commands:")[1]
    lines = {line.split()[0]: line for line in listed.strip().splitlines()}
    for name in COMMANDS:
        assert name in lines and not lines[name].endswith("..."), lines.get(name)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and f"tierscope {command}" in result.stdout


def test_companies(db_path):
    result = run("companies", "--db", db_path)
    assert result.exit_code == 0
    assert "Jaguar Land Rover" in result.stdout and "JLR" in result.stdout
    data = json.loads(run("companies", "--db", db_path, "--json", "--search", "energy").stdout)
    assert [c["name"] for c in data] == ["LG Energy Solution"]
    assert data[0]["aliases"] == ["LGES"] and data[0]["relations"] == 1


def test_db_from_environment(db_path, tmp_path):
    result = run("companies", "--json", env={"TIERSCOPE_DB": str(db_path)})
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 10


def test_show(db_path):
    result = run("show", "jlr", "--db", db_path)
    assert result.exit_code == 0
    assert "Jaguar Land Rover" in result.stdout and "supplied by" in result.stdout and "Envision" in result.stdout
    data = json.loads(run("show", "Bmw", "--db", db_path, "--json").stdout)
    assert data["company"]["name"] == "BMW"
    assert data["relations"]["supplies"][0]["other"] == "CATL"


def test_show_unknown_company_suggests(db_path):
    result = run("show", "Renualt", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr == "error: no company matches 'Renualt'; did you mean Renault?\n"


def test_relations(db_path):
    result = run("relations", "--db", db_path, "--type", "supplies")
    assert result.exit_code == 0 and "Continental AG" in result.stdout
    data = json.loads(run("relations", "--db", db_path, "--status", "ended", "--json").stdout)
    assert [(r["source"], r["target"], r["status"]) for r in data] == [("Continental AG", "Rivian", "ended")]
    data = json.loads(run("relations", "--db", db_path, "--since", "2024-07-01", "--limit", "2", "--json").stdout)
    assert len(data) == 2 and all(r["last_seen"] >= "2024-07-01" for r in data)
    data = json.loads(run("relations", "--db", db_path, "--company", "lges", "--json").stdout)
    assert [r["type"] for r in data] == ["joint_venture"]


def test_unknown_relation_type_is_a_usage_error(db_path):
    result = run("relations", "--db", db_path, "--type", "supplier")
    assert result.exit_code == 2
    one_line_error(result, "unknown relation type 'supplier'; use one of: supplies,")


def test_evidence(db_path):
    result = run("evidence", "rivian", "Continental", "--db", db_path)
    assert result.exit_code == 0
    assert "Continental supplies brake systems to Rivian" in result.stdout
    assert result.stdout.index("2023-01-10") < result.stdout.index("2024-06-18")
    data = json.loads(run("evidence", "Envision AESC", "JLR", "--db", db_path, "--json").stdout)
    assert len(data) == 1 and data[0]["url"] == "https://example.com/jlr-envision"
    assert data[0]["text"].startswith("Jaguar Land Rover has picked Envision AESC")


def test_export_each_format(db_path, tmp_path):
    out = tmp_path / "g.graphml"
    result = run("export", "--format", "graphml", "--output", out, "--db", db_path)
    assert result.exit_code == 0 and "wrote 5 relations" in result.stderr
    assert len(list(ET.parse(out).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge"))) == 5
    result = run("export", "--format", "csv", "--db", db_path)
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 7
    result = run("export", "--format", "jsonl", "--db", db_path)
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()].count("supplies") == 3


def test_missing_database(tmp_path):
    missing = tmp_path / "nowhere.db"
    for args in (["companies"], ["show", "jlr"], ["relations"], ["evidence", "a", "b"], ["export", "--format", "csv"]):
        result = run(*args, "--db", missing)
        assert result.exit_code == 1
        assert result.stderr == f"error: no database at {missing}; run `tierscope ingest PATH` first\n"
    assert not missing.exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "readme.db"
    path.write_text("hello\n" * 500)
    result = run("relations", "--db", path)
    assert result.exit_code == 1
    one_line_error(result, f"{path} is not a tierscope database")


def test_usage_errors_exit_2(db_path):
    assert run("show", "--db", db_path).exit_code == 2  # missing COMPANY
    assert run("export", "--format", "xlsx", "--db", db_path).exit_code == 2
    assert run("relations", "--limit", "0", "--db", db_path).exit_code == 2


def _entry_point() -> list[str]:
    exe = shutil.which("tierscope", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "tierscope"]


@pytest.mark.parametrize("argv0", ["module", "script"])
def test_real_entry_point(db_path, tmp_path, argv0):
    cmd = [sys.executable, "-m", "tierscope"] if argv0 == "module" else _entry_point()
    ok = subprocess.run([*cmd, "relations", "--db", str(db_path), "--json"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert len(json.loads(ok.stdout)) == 5
    missing = tmp_path / "none.db"
    bad = subprocess.run([*cmd, "show", "x", "--db", str(missing)], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr == f"error: no database at {missing}; run `tierscope ingest PATH` first\n"
    usage = subprocess.run([*cmd, "relations", "--db", str(db_path), "--type", "nope"], capture_output=True, text=True)
    assert usage.returncode == 2 and usage.stderr.startswith("error: unknown relation type 'nope'")
    assert "Traceback" not in bad.stderr + usage.stderr


# -- extract and ingest need the whole pipeline ------------------------------------------------

ARTICLE = (
    "Stuttgart, 12 March 2024 - Bosch will supply brake systems to Volkswagen from 2025, the two "
    "companies said on Tuesday. The contract covers plants in Germany and Spain.\n"
)


@pytest.fixture
def articles(tmp_path):
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bosch-vw.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "big.txt").write_text("Siemens buys a company. " * 400, encoding="utf-8")
    return folder


def test_ingest_twice_then_from_another_path(articles, tmp_path):
    db = tmp_path / "news.db"
    first = run("ingest", articles / "bosch-vw.txt", "--db", db)
    assert first.exit_code == 0, first.output
    assert f"read 1 document into {db}: 1 new, 0 already stored" in first.stdout
    again = run("ingest", articles / "bosch-vw.txt", "--db", db)
    assert "0 new, 1 already stored" in again.stdout
    copy = tmp_path / "mirror.txt"
    copy.write_text(ARTICLE, encoding="utf-8")
    assert "0 new, 1 already stored" in run("ingest", copy, "--db", db).stdout
    with SQLiteStore(db, create=False) as s:
        assert s.counts()["documents"] == 1 and s.counts()["sources"] == 2


def test_ingest_skips_and_exits_1(articles, tmp_path):
    db = tmp_path / "news.db"
    result = run("ingest", articles, "--db", db, "--max-bytes", "2000", "--json")
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 1 and "big.txt" in skipped[0]
    summary = json.loads(result.stdout)
    assert summary["new"] == 1 and len(summary["skipped"]) == 1
    with SQLiteStore(db, create=False) as s:
        assert [r["source"].endswith("big.txt") for r in s.rows("SELECT source FROM rejections")] == [True]


def test_extract_formats(articles):
    path = articles / "bosch-vw.txt"
    lines = run("extract", path).stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"]
    array = json.loads(run("extract", path, "--format", "json").stdout)
    assert isinstance(array, list) and len(array) == 1
    table = run("extract", path, "--format", "table")
    assert table.exit_code == 0 and table.stdout.strip()
