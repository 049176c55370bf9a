"""Check that two versions of tierscope build the same database: ingest the same corpora with the old
code (a git revision) and the new code (this working tree) and compare a dump of every table, row by
row, rowids included. Meant for changes that must not change what is stored (performance work).

    python bench/same_store.py                      # HEAD against the working tree
    python bench/same_store.py --old main -n 1000   # another revision, a bigger generated corpus

Corpora: tests/graph_corpus/articles, examples/news and a generated bench corpus (-n articles, plain
text), each into its own database, and the three in turn into one database (three batches, so the
incremental refresh meets names already stored), then a full refresh of that one. The columns that
hold the time of the run (``ingested_at``, ``created_at``, ``seen_at``, ``at``) are left out of the
comparison. Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sqlite3
import subprocess
import sys
import tarfile
import io
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIME_COLUMNS = {"ingested_at", "created_at", "seen_at", "at"}


def dump(db: Path) -> list[str]:
    """Every row of every table, in rowid order (column order for tables without rowid); time
    columns masked."""
    conn = sqlite3.connect(db)
    out = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for t in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0]
        without_rowid = "WITHOUT ROWID" in sql.upper()
        select = ", ".join(("NULL" if c in TIME_COLUMNS else f'"{c}"') for c in cols)
        if without_rowid:
            order = ", ".join(str(i + 1) for i in range(len(cols)))
            rows = conn.execute(f"SELECT {select} FROM {t} ORDER BY {order}")
        else:
            rows = conn.execute(f"SELECT rowid, {select} FROM {t} ORDER BY rowid")
        n = 0
        for r in rows:
            out.append(f"{t}\t{r!r}")
            n += 1
        out.append(f"-- {t}: {n} rows")
    conn.close()
    return out


def _ingest(src: Path, corpus: Path, db: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(src))
    subprocess.run([sys.executable, "-m", "tierscope", "ingest", str(corpus), "--db", str(db)], env=env,
                   check=False, capture_output=True, text=True, cwd=db.parent)
    if not db.exists():
        raise SystemExit(f"ingest of {corpus} with {src} wrote no database")


def _full_refresh(src: Path, db: Path) -> None:
    code = "import sys; from tierscope.store import SQLiteStore\nwith SQLiteStore(sys.argv[1]) as s: s.refresh(full=True)"
    subprocess.run([sys.executable, "-c", code, str(db)], env=dict(os.environ, PYTHONPATH=str(src)), check=True)


def build(src: Path, corpora: list[Path], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    dbs = {}
    for corpus in corpora:
        db = out / f"{corpus.name}.db"
        _ingest(src, corpus, db)
        dbs[corpus.name] = db
    together = out / "together.db"
    for corpus in corpora:
        _ingest(src, corpus, together)
    dbs["together (3 batches)"] = together
    full = out / "together-full.db"
    full.write_bytes(together.read_bytes())
    _full_refresh(src, full)
    dbs["together, then full refresh"] = full
    return dbs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", default="HEAD", help="git revision of the old code (default HEAD)")
    ap.add_argument("-n", type=int, default=1000, help="articles in the generated corpus (default 1000)")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from generate import generate

    with tempfile.TemporaryDirectory(prefix="tierscope-same-") as t:
        tmp = Path(t)
        old_root = tmp / "old"
        old_root.mkdir()
        archive = subprocess.run(["git", "archive", args.old, "src"], cwd=ROOT, check=True, capture_output=True).stdout
        tarfile.open(fileobj=io.BytesIO(archive)).extractall(old_root)
        bench = tmp / "corpora" / f"bench-{args.n}"
        generate(bench, args.n, "txt")
        corpora = [ROOT / "tests" / "graph_corpus" / "articles", ROOT / "examples" / "news", bench]
        old = build(old_root / "src", corpora, tmp / "old-db")
        new = build(ROOT / "src", corpora, tmp / "new-db")
        bad = 0
        for name in old:
            a, b = dump(old[name]), dump(new[name])
            if a == b:
                print(f"same: {name} ({len(a)} lines)")
                continue
            bad += 1
            diff = list(difflib.unified_diff(a, b, f"old/{name}", f"new/{name}", lineterm="", n=0))
            print(f"DIFFERENT: {name}: {sum(1 for d in diff if d[:1] in '+-') - 2} lines differ")
            print("\n".join(diff[:40]))
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
