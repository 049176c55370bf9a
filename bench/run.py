"""`make bench`: articles per second and peak memory of `extract` and `ingest`, on one core, on a
generated corpus of articles of about 3 KB, plain text and HTML reported apart, at three corpus
sizes (N/4, N/2 and N; N = 2,000 unless -n says otherwise, e.g. `make bench BENCH_N=100`).

Each measurement runs in a fresh subprocess pinned to one core, so its peak RSS is its own.
Memory is reported at several corpus sizes to show whether it stays flat as the corpus grows."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _worker(mode: str, folder: str, db: str | None) -> None:
    import resource

    from tierscope.doc import Rejection
    from tierscope.pipeline import default_pipeline
    from tierscope.run import extract_inputs

    pipeline = default_pipeline()
    pipeline.warm_up()  # model/gazetteer loading is start-up, not throughput
    t0 = time.perf_counter()
    if mode == "ingest":
        # what `tierscope ingest` runs: extract, store each document, then the batch's refresh
        from tierscope.store import SQLiteStore, ingest

        with SQLiteStore(db) as store:
            report = ingest(store, [folder], pipeline=pipeline)
        n, rejected, relations = report.documents, len(report.skipped), report.relations
    else:
        n = rejected = relations = 0
        for item in extract_inputs([folder], pipeline=pipeline):
            if isinstance(item, Rejection):
                rejected += 1
                continue
            n += 1
            relations += len(item.relations)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": n, "rejected": rejected, "relations": relations,
                      "seconds": elapsed, "per_second": n / elapsed if elapsed else 0.0,
                      "peak_rss_mb": peak_mb}))


def _measure(mode: str, folder: Path, tmp: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__)), "--worker", mode, str(folder), str(tmp / f"{mode}-{folder.name}.db")]
    if os.path.exists("/usr/bin/taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=2000, help="articles per corpus (default 2000)")
    ap.add_argument("--json-out", type=Path, default=HERE / "out" / "bench.json")
    ap.add_argument("--worker", nargs=3, metavar=("MODE", "FOLDER", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(*args.worker)
        return
    sys.path.insert(0, str(HERE))
    from generate import generate

    results = []
    with tempfile.TemporaryDirectory(prefix="tierscope-bench-") as t:
        tmp = Path(t)
        for fmt in ("txt", "html"):
            for n in sorted({args.n // 4, args.n // 2, args.n}):
                folder = tmp / f"{fmt}-{n}"
                generate(folder, n, fmt)
                size_kb = sum(p.stat().st_size for p in folder.iterdir()) / n / 1024
                for mode in ("extract", "ingest"):
                    r = _measure(mode, folder, tmp)
                    r.update(format=fmt, mode=mode, corpus=n, avg_kb=round(size_kb, 2))
                    results.append(r)
                    print(f"{mode:7s} {fmt:4s} n={n:5d} ({size_kb:.1f} KB avg): "
                          f"{r['per_second']:7.1f} articles/s, peak RSS {r['peak_rss_mb']:.0f} MB, "
                          f"{r['relations']} relations, {r['rejected']} rejected", flush=True)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(results, indent=2))
    print(f"figures written to {args.json_out}")


if __name__ == "__main__":
    main()
