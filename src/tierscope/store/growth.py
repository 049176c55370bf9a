"""Ingest cost as the store grows: ``python -m tierscope.store.growth FOLDER [--batch 100] [--full]``.

Ingests the files of FOLDER (sorted by name) into a fresh database, ``--batch`` files at a time, and
prints for each batch the documents stored so far, the seconds the batch took (extract, write and
the corpus-level refresh) and the seconds of the refresh alone. ``--full`` makes every refresh a
full rebuild (what each batch cost before refreshes were incremental), for comparison. The numbers
in docs/graph.md come from::

    python bench/generate.py /tmp/corpus -n 2000
    python -m tierscope.store.growth /tmp/corpus --batch 100
    python -m tierscope.store.growth /tmp/corpus --batch 100 --full
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .ingest import ingest
from .sqlite import SQLiteStore

__all__ = ["measure", "main"]


def measure(files: list[str], db: str, batch: int = 100, *, full: bool = False, log: Any = None) -> list[dict[str, Any]]:
    """Ingest ``files`` into ``db`` in batches; one row per batch: ``documents`` (stored so far),
    ``batch_s`` and ``refresh_s``."""
    rows: list[dict[str, Any]] = []
    with SQLiteStore(db) as store:
        plain = store.refresh
        spent: list[float] = []

        def timed_refresh(**kw: Any):
            t = time.perf_counter()
            try:
                return plain(**{**kw, "full": full or kw.get("full", False)})
            finally:
                spent.append(time.perf_counter() - t)

        store.refresh = timed_refresh  # type: ignore[method-assign]
        for i in range(0, len(files), batch):
            spent.clear()
            t = time.perf_counter()
            ingest(store, files[i : i + batch])
            row = {"documents": store.counts()["documents"], "batch_s": round(time.perf_counter() - t, 3),
                   "refresh_s": round(sum(spent), 3)}
            rows.append(row)
            if log is not None:
                log(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tierscope.store.growth", description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--batch", type=int, default=100, help="files per ingest batch (default 100)")
    ap.add_argument("--full", action="store_true", help="a full rebuild at every refresh, for comparison")
    ap.add_argument("--db", help="database to create (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the rows as one JSON list at the end")
    args = ap.parse_args(argv)
    files = sorted(str(p) for p in args.folder.iterdir() if p.is_file()) if args.folder.is_dir() else []
    if not files:
        print(f"error: {args.folder} is not a folder with files", file=sys.stderr)
        return 2
    if args.batch < 1:
        print(f"error: --batch must be 1 or more, got {args.batch}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "growth.db")
        if Path(db).exists():
            print(f"error: {db} exists; pass a new file", file=sys.stderr)
            return 2

        def log(row: dict[str, Any]) -> None:
            if not args.json:
                print(f"{row['documents']:6d} documents  batch {row['batch_s']:6.2f} s  refresh {row['refresh_s']:6.2f} s",
                      flush=True)

        rows = measure(files, db, args.batch, full=args.full, log=log)
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
