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


# -- extract and ingest: the whole pipeline -----------------------------------------------------

ARTICLE = (
    "Stuttgart, 12 March 2024 - Bosch will supply brake systems to Volkswagen from 2025, the two "
    "companies said on Tuesday. The contract covers plants in Germany and Spain.\n"
)


@pytest.fixture
def articles(tmp_path):
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
    # what was found is counted in statements, and the database line says both
    assert ", 1 relation statement," in first.stdout and ", 1 relation (1 statement)," in first.stdout
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
    assert len(lines) == 1
    d = json.loads(lines[0])
    assert (d["id"], d["language"], d["published"]) == ("bosch-vw.txt", "en", "2024-03-12")
    assert [(r["type"], r["source"], r["target"]) for r in d["relations"]] == [("supplies", "Bosch", "Volkswagen")]
    evidence = d["relations"][0]["evidence"]
    assert ARTICLE[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("Bosch will supply brake systems")  # the dateline is not in it
    array = json.loads(run("extract", path, "--format", "json").stdout)
    assert isinstance(array, list) and array == [d]
    table = run("extract", path, "--format", "table")
    assert table.exit_code == 0 and "Volkswagen" in table.stdout and "supplies" in table.stdout


def test_extract_table_shows_facilities_and_article_text_as_is(tmp_path):
    path = tmp_path / "catl.txt"
    path.write_text("Stuttgart, 12 March 2024 - Bosch will supply brake systems to Volkswagen [from 2025], the "
                    "companies said. CATL is building a 100 GWh battery plant in Debrecen, Hungary.\n", encoding="utf-8")
    table = run("extract", path, "--format", "table", env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert "[from 2025]" in table.stdout  # brackets in an article are text, not rich markup
    assert "catl.txt: facilities" in table.stdout and "Debrecen" in table.stdout and "100 GWh" in table.stdout


# -- bad input, through the real commands ------------------------------------------------------

GOOD_JSONL = [
    {"id": "good-1", "text": "BMW will buy battery cells from CATL from 2026, BMW said on Monday in Munich."},
    {"id": "good-2", "text": "Renault a signé un contrat avec Verkor pour la fourniture de cellules de batterie."},
]


def _truncated_warc_gz(path) -> None:
    """A .warc.gz of two records, cut inside the second gzip member."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    first = "Continental will supply brake systems to Rivian from 2025, Continental said on Monday."
    for i, text in enumerate((first, "Siemens will acquire Brightwell Robotics, the company said. " * 20)):
        body = f"<html><body><p>{text}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"https://example.com/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[: len(data) - 40])


@pytest.fixture
def bad_inputs(tmp_path):
    """One good article and one of each kind of bad input; name -> the reason its line must give."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    _truncated_warc_gz(folder / "crawl.warc.gz")
    (folder / "broken.html").write_text("<html><head><title>Fiat</title></head><body><nav><a href='/'>Home", encoding="utf-8")
    with open(folder / "huge.txt", "wb") as f:  # 200 MB, sparse: costs no disk and must never be read
        f.truncate(200 * 1024 * 1024)
    (folder / "feed.jsonl").write_text(
        json.dumps(GOOD_JSONL[0]) + "\n" + '{"id": "bad", "text": \n' + json.dumps(GOOD_JSONL[1]) + "\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "crawl.warc.gz": "truncated gzip after 1 record",
        "broken.html": "no article text found in the HTML",
        "huge.txt": "file is 209.7 MB, over the 50 MB limit",
        "feed.jsonl#L2": "invalid JSON on line 2",
        "notes.docx": "unsupported extension '.docx'",
        "missing.txt": "no such file or folder",
    }
    paths = [folder, tmp_path / "notes.docx", tmp_path / "missing.txt"]
    return paths, expected


def _check_skipped_lines(stderr: str, expected: dict[str, str]) -> None:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == len(expected), stderr
    for name, reason in expected.items():
        [line] = [ln for ln in lines if ln.split(": ", 1)[0].endswith(name)]
        assert line.startswith("skipped ") and reason in line, line


@pytest.mark.parametrize("entry", ["runner", "subprocess"])
def test_extract_bad_inputs_one_line_each_and_the_rest_goes_on(bad_inputs, entry):
    paths, expected = bad_inputs
    if entry == "runner":
        result = run("extract", *paths)
        code, stdout, stderr = result.exit_code, result.stdout, result.stderr
    else:
        done = subprocess.run([*_entry_point(), "extract", *map(str, paths)], capture_output=True, text=True, timeout=120)
        code, stdout, stderr = done.returncode, done.stdout, done.stderr
    assert code == 1
    _check_skipped_lines(stderr, expected)
    docs = {json.loads(line)["id"]: json.loads(line) for line in stdout.splitlines()}
    # the good article, the good lines around the bad JSON line, the WARC record before the cut
    assert set(docs) == {"good.txt", "good-1", "good-2", "https://example.com/0"}
    assert ("supplies", "CATL", "BMW") in {(r["type"], r["source"], r["target"]) for r in docs["good-1"]["relations"]}


def test_ingest_bad_inputs_keep_the_good_ones(bad_inputs, tmp_path):
    paths, expected = bad_inputs
    db = tmp_path / "bad.db"
    result = run("ingest", *paths, "--db", db)
    assert result.exit_code == 1
    _check_skipped_lines(result.stderr, expected)
    assert "read 4 documents" in result.stdout and f"skipped {len(expected)} inputs:" in result.stdout
    with SQLiteStore(db, create=False) as s:
        assert s.counts()["documents"] == 4
        assert len(s.rows("SELECT source FROM rejections")) == len(expected)
    again = run("ingest", *paths, "--db", db)  # the same batch again: nothing new, the same skips
    assert again.exit_code == 1 and "0 new, 4 already stored" in again.stdout
    with SQLiteStore(db, create=False) as s:
        assert s.counts()["documents"] == 4


def test_big_file_refused_by_size_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)
    import builtins

    real_open = builtins.open

    def guarded_open(file, *args, **kw):
        assert os.fspath(file) != str(big), "the 200 MB file was opened"
        return real_open(file, *args, **kw)

    monkeypatch.setattr(builtins, "open", guarded_open)
    result = run("extract", big)
    assert result.exit_code == 1
    assert result.stderr == f"skipped {big}: file is 209.7 MB, over the 50 MB limit; split it or raise --max-bytes\n"
    assert "skipped" in run("extract", big, "--max-bytes", "1000").stderr


def test_extract_from_stdin(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "-"], input=ARTICLE, catch_exceptions=False)
    assert result.exit_code == 0
    d = json.loads(result.stdout)
    assert d["id"] == "stdin" and d["relations"][0]["source"] == "Bosch"
    lines = "\n".join(json.dumps(r) for r in GOOD_JSONL) + "\n"
    result = CliRunner().invoke(cli, ["extract", "-"], input=lines, catch_exceptions=False)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good-1", "good-2"]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_extract_detects_the_encoding(tmp_path, encoding):
    text = ("Milano, 3 aprile 2024 - Pirelli fornirà pneumatici a Ferrari per la prossima stagione, "
            "ha detto l'azienda. La società è più grande dopo l'accordo.\n")
    p = tmp_path / f"it-{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    d = json.loads(run("extract", p).stdout)
    assert d["language"] == "it" and d["published"] == "2024-04-03"
    assert any(r["evidence"]["text"].startswith("Pirelli fornirà pneumatici") for r in d["relations"])


# -- progress, interruption --------------------------------------------------------------------

SUBJECTS = ["Bosch", "Continental", "Valeo", "Infineon", "ZF", "Mahle", "Schaeffler", "Forvia"]
CUSTOMERS = ["Volkswagen", "BMW", "Renault", "Stellantis", "Ford", "Volvo Cars", "Toyota", "Hyundai"]


def _many_articles(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = SUBJECTS[i % len(SUBJECTS)], CUSTOMERS[(i // len(SUBJECTS)) % len(CUSTOMERS)]
        body = (f"Report {i}\n\n{a} will supply parts to {b} from 2026, the companies said on Tuesday. "
                f"The order number {i} covers several plants in Europe. ") * 3
        (folder / f"a{i:04d}.txt").write_text(body, encoding="utf-8")


def test_no_progress_bar_in_a_pipe(articles, tmp_path):
    done = subprocess.run([*_entry_point(), "ingest", str(articles / "bosch-vw.txt"), "--db", str(tmp_path / "p.db")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("read 1 document into")


def test_progress_bar_on_a_terminal(articles, tmp_path):
    import threading

    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    seen = bytearray()

    def drain() -> None:  # read the terminal while the command runs, so its buffer never fills
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    # a terminal that can redraw a line (on TERM=dumb rich draws no live display)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")} | {"TERM": "xterm"}
    proc = subprocess.Popen([*_entry_point(), "ingest", str(articles), "--db", str(tmp_path / "t.db")],
                            stdout=subprocess.PIPE, stderr=slave, text=True, env=env)
    os.close(slave)
    out = proc.communicate(timeout=120)[0]
    reader.join(timeout=10)
    os.close(master)
    assert b"ingesting" in seen and b"/2" in seen  # the bar counts the two input files
    # once both are read, the bar says that the batch's refresh runs (not a silent 2/2)
    assert b"resolving names" in seen and seen.index(b"resolving names") > seen.index(b"ingesting")
    assert out.startswith("read 2 documents into")  # the summary still goes to stdout, without the bar


def test_interrupted_ingest_keeps_a_consistent_db_that_a_rerun_completes(tmp_path):
    import signal
    import sqlite3
    import time

    folder = tmp_path / "many"
    _many_articles(folder, 150)
    db = tmp_path / "int.db"
    cmd = [*_entry_point(), "ingest", str(folder), "--db", str(db)]
    # SIGINT must reach the child even when the test runner itself ignores it (a CI job in the background)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    stored = 0
    deadline = time.monotonic() + 120
    while stored < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                    stored = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                pass
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err and err.startswith("interrupted: ") and "run the same command again" in err
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = c.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 3 <= kept < 150
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"read 150 documents into {db}: {150 - kept} new, {kept} already stored" in rerun.stdout
    # the same graph as one uninterrupted run
    whole = tmp_path / "whole.db"
    subprocess.run([*_entry_point(), "ingest", str(folder), "--db", str(whole)], check=True, capture_output=True, timeout=300)
    export = [*_entry_point(), "export", "--format", "jsonl", "--db"]
    a = subprocess.run([*export, str(db)], capture_output=True, text=True, check=True).stdout
    b = subprocess.run([*export, str(whole)], capture_output=True, text=True, check=True).stdout
    assert sorted(a.splitlines()) == sorted(b.splitlines()) and a
    final = run("ingest", folder, "--db", db)
    assert "0 new, 150 already stored" in final.stdout
