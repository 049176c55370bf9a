"""`make bench`: articles per second and peak memory of `extract` and `ingest`, on one core, on a
generated corpus of articles of about 3 KB, plain text and HTML reported apart, at three corpus
sizes (N/4, N/2 and N; N = 2,000 unless -n says otherwise, e.g. `make bench BENCH_N=100`).

Each measurement runs in a fresh subprocess pinned to one core, so its peak RSS is its own.
Memory is reported at several corpus sizes to show whether it stays flat as the corpus grows.
`extract` is measured with its output (each document turned into its JSON line, as the command
prints it); `ingest` with its writes and the batch's corpus-level refresh.

The machine, the commit and the load average before and after are printed and written with the
figures: on a shared machine other work inflates the times, and the load average says so. Articles
per CPU second (the process's own CPU time) are given beside articles per second of wall time:
they change little when other work shares the core."""

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


def _pin_to_one_core() -> None:
    """Run on one core (the first this process may use), where the OS allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _worker(mode: str, folder: str, db: str | None) -> None:
    import resource

    from tierscope.doc import Rejection
    from tierscope.output import document_to_dict
    from tierscope.pipeline import default_pipeline
    from tierscope.run import extract_inputs

    _pin_to_one_core()

    pipeline = default_pipeline()
    pipeline.warm_up()  # model/gazetteer loading is start-up, not throughput
    t0, c0 = time.perf_counter(), time.process_time()
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
            json.dumps(document_to_dict(item), ensure_ascii=False)  # what `extract` prints
            n += 1
            relations += len(item.relations)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": n, "rejected": rejected, "relations": relations,
                      "seconds": elapsed, "per_second": n / elapsed if elapsed else 0.0,
                      "cpu_seconds": cpu, "per_cpu_second": n / cpu if cpu else 0.0,
                      "peak_rss_mb": peak_mb}))


def _measure(mode: str, folder: Path, tmp: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__)), "--worker", mode, str(folder), str(tmp / f"{mode}-{folder.name}.db")]
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

    machine = _machine()
    print(f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, commit {machine['commit']}; "
          f"load average {machine['load_before']}", flush=True)
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
                          f"{r['per_second']:7.1f} articles/s ({r['per_cpu_second']:.1f} per CPU second), "
                          f"peak RSS {r['peak_rss_mb']:.0f} MB, "
                          f"{r['relations']} relations, {r['rejected']} rejected", flush=True)
    machine["load_after"] = _load()
    if max(machine["load_before"], machine["load_after"]) > 1.5:
        print(f"note: load average {machine['load_before']} before, {machine['load_after']} after: other work "
              "shared the machine, so the times are slower than on an idle one", flush=True)
    print()
    print(markdown_table(results))
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    print(f"figures written to {args.json_out}")


def _load() -> float:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else 0.0


def _package_dir() -> Path:
    """The folder of the tierscope this Python imports, whose commit is the one measured: the bench script
    may be run from another checkout (an old commit's environment timed with today's script)."""
    import importlib.util

    spec = importlib.util.find_spec("tierscope")
    return Path(spec.origin).parent if spec is not None and spec.origin else HERE


def _machine() -> dict:
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=_package_dir(), capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "commit": commit,
            "load_before": _load()}


def markdown_table(results: list[dict]) -> str:
    """The figures as the README's table: one row per command, format and corpus size."""
    rows = ["| command | format | articles | articles/s (one core) | articles per CPU second | peak memory (RSS) |",
            "|---|---|---:|---:|---:|---:|"]
    for r in sorted(results, key=lambda r: (r["mode"] != "extract", r["format"] != "txt", r["corpus"])):
        fmt = "plain text" if r["format"] == "txt" else "HTML"
        rows.append(f"| `{r['mode']}` | {fmt} | {r['corpus']:,} | {r['per_second']:.0f} | {r['per_cpu_second']:.0f} | {r['peak_rss_mb']:.0f} MB |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
