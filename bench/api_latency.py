"""API latency: p50/p95 of the company and neighbourhood endpoints on a generated graph of 100,000
relations, measured over HTTP against a live `tierscope serve` (not a test).

The graph is written straight into a database whose schema ``SQLiteStore`` created (executemany;
going through the pipeline would take hours): companies with aliases, relations between them with
one to three assertions each (statuses and dates spread over 2019-2025), their documents, and a few
thousand plants. Degrees are skewed (a few hub companies with thousands of relations, most with a
handful), like real supply-chain news.

    .venv/bin/python bench/api_latency.py                 # 100,000 relations, 300 requests per endpoint
    .venv/bin/python bench/api_latency.py --relations 20000 --requests 100 --keep /tmp/g.db

Prints a table (with the server's mean CPU time per request and the machine's load average, so
that figures taken on a busy machine can be told apart) and writes bench/out/api_latency.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STATUSES = ["rumoured", "in_talks", "announced", "active", "ended", "denied"]
STATUS_WEIGHTS = [15, 10, 30, 35, 6, 4]
TYPES = ["supplies", "partners_with", "joint_venture", "invests_in", "acquires", "owns"]
TYPE_WEIGHTS = [50, 15, 8, 12, 8, 7]
SYMMETRIC = {"partners_with", "joint_venture"}
#: Covering indexes for "relations of these companies" and "dates of these relations' assertions"
#: (``--with-indexes`` adds them first, for stores that do not create them yet).
RECOMMENDED_INDEXES = [
    "CREATE INDEX IF NOT EXISTS relations_source_id ON relations(source_id, id)",
    "CREATE INDEX IF NOT EXISTS relations_target_id ON relations(target_id, id)",
    "CREATE INDEX IF NOT EXISTS assertions_relation_published ON assertions(relation_id, published)",
]
PRODUCTS = ["battery cells", "cathode material", "lithium hydroxide", "battery packs", "semiconductors", None]


def build(path: Path, n_relations: int, n_companies: int, seed: int = 7) -> dict[str, int]:
    sys.path.insert(0, str(ROOT / "src"))
    from tierscope import ids
    from tierscope.store import SQLiteStore

    SQLiteStore(path).close()  # the real schema
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    now = "2025-01-01T00:00:00+00:00"

    companies = []
    for i in range(n_companies):
        name = f"Company {i:05d} {rnd.choice(['AG', 'SA', 'Ltd', 'Inc', 'SpA', 'GmbH'])}"
        companies.append((ids.short_hash("company", ids.company_key(name)), name))
    conn.executemany(
        "INSERT INTO companies(id, name, key, sectors, country, created_at) VALUES (?, ?, ?, NULL, ?, ?)",
        [(cid, name, ids.company_key(name), rnd.choice(["DE", "FR", "IT", "ES", "CN", "KR", "US"]), now)
         for cid, name in companies],
    )
    aliases = []
    for i, (cid, name) in enumerate(companies):
        aliases.append((cid, name, ids.company_key(name)))
        short = f"C{i:05d}X"
        aliases.append((cid, short, ids.company_key(short)))
    conn.executemany("INSERT INTO aliases(company_id, alias, alias_key) VALUES (?, ?, ?)", aliases)

    # skewed degrees: pick endpoints by a Zipf-like weight
    weights = [1.0 / (r + 1) ** 0.9 for r in range(n_companies)]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)

    def pick() -> int:
        import bisect

        return min(bisect.bisect_left(cum, rnd.random() * total), n_companies - 1)

    n_docs = max(1000, n_relations // 4)
    start = date(2019, 1, 1)
    docs = []
    for d in range(n_docs):
        published = (start + timedelta(days=rnd.randrange(0, 6 * 365))).isoformat()
        text = f"Generated article {d}."
        docs.append((ids.content_id(text), f"gen-{d}", f"gen/{d}.txt", f"https://example.com/news/{d}", f"Article {d}",
                     rnd.choice(["en", "de", "fr", "it", "es"]), published, "metadata", "txt", text, now))
    conn.executemany(
        "INSERT INTO documents(id, doc_key, source, url, title, language, published, published_from, format, text, "
        "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    conn.executemany("INSERT INTO sources(doc_id, source, url, seen_at) VALUES (?, ?, ?, ?)",
                     [(d[0], d[2], d[3], now) for d in docs])

    rels, assertions, seen = [], [], set()
    while len(rels) < n_relations:
        rtype = rnd.choices(TYPES, TYPE_WEIGHTS)[0]
        a, b = pick(), rnd.randrange(n_companies) if rnd.random() < 0.5 else pick()
        if a == b:
            continue
        sid, tid = companies[a][0], companies[b][0]
        sym = rtype in SYMMETRIC
        _, sid, tid = ids.relation_key(rtype, sid, tid, sym)
        rid = ids.relation_id(rtype, sid, tid, sym)
        if rid in seen:
            continue
        seen.add(rid)
        rels.append((rid, rtype, sid, tid, int(sym)))
        product = rnd.choice(PRODUCTS) if rtype == "supplies" else None
        for k in range(rnd.choice([1, 1, 1, 2, 2, 3])):
            doc = docs[rnd.randrange(n_docs)]
            status = rnd.choices(STATUSES, STATUS_WEIGHTS)[0]
            ev = f"{companies[a][1]} and {companies[b][1]}: {rtype} ({status})."
            assertions.append((ids.assertion_id(rid, doc[0], k, len(ev)), rid, doc[0], status, product, 0.8, ev, k,
                               len(ev), doc[6], "bench.v1", companies[a][1], companies[b][1]))
    conn.executemany("INSERT INTO relations(id, type, source_id, target_id, symmetric) VALUES (?, ?, ?, ?, ?)", rels)
    conn.executemany(
        "INSERT INTO assertions(id, relation_id, doc_id, status, product, confidence, evidence_text, start, end, "
        "published, component, source_name, target_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        assertions,
    )
    facilities, fas = [], []
    for i in range(n_companies // 10):
        owner = companies[pick()][0]
        loc = f"Town {i}"
        fid = ids.facility_id(owner, loc, "battery cells")
        facilities.append((fid, owner, loc, "battery cells"))
        doc = docs[rnd.randrange(n_docs)]
        fas.append((ids.short_hash(fid, doc[0], 0, 10), fid, doc[0], "x", rnd.choice(["active", "planned", "announced"]),
                    float(rnd.randrange(5, 120)), "GWh", 1e9, "EUR", 0.8, "A plant.", 0, 10, doc[6], "bench.v1"))
    conn.executemany("INSERT OR IGNORE INTO facilities(id, owner_id, location, product) VALUES (?, ?, ?, ?)", facilities)
    conn.executemany(
        "INSERT OR IGNORE INTO facility_assertions(id, facility_id, doc_id, owner_name, status, capacity_value, "
        "capacity_unit, investment_amount, investment_currency, confidence, evidence_text, start, end, published, "
        "component) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        fas,
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"companies": n_companies, "relations": len(rels), "assertions": len(assertions), "documents": n_docs,
            "facilities": len(facilities)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(conn: http.client.HTTPConnection, paths: list[str]) -> list[float]:
    out = []
    for p in paths:
        t0 = time.perf_counter()
        conn.request("GET", p)
        res = conn.getresponse()
        body = res.read()
        out.append((time.perf_counter() - t0) * 1000)
        if res.status != 200:
            raise RuntimeError(f"{p}: {res.status} {body[:200]!r}")
    return out


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def summary(ms: list[float], server_cpu_s: float | None) -> dict[str, float | None]:
    """Latency percentiles, and the server's mean CPU time per request: on a machine shared with
    other work the wall-clock figures grow with the load, the CPU time much less, so the two
    together tell a slow server from a busy machine."""
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2), "p95_ms": round(q[94], 2),
            "max_ms": round(max(ms), 2), "mean_ms": round(statistics.fmean(ms), 2),
            "server_cpu_mean_ms": None if server_cpu_s is None else round(server_cpu_s * 1000 / len(ms), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--companies", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    ap.add_argument("--keep", metavar="DB", help="build (or reuse) the database at DB instead of a temporary file")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--with-indexes", action="store_true",
                    help="first add the covering indexes recommended to the store (RECOMMENDED_INDEXES)")
    args = ap.parse_args()

    tmp = None
    if args.keep:
        db = Path(args.keep)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "graph.db"
    if not db.exists():
        t0 = time.perf_counter()
        counts = build(db, args.relations, args.companies, args.seed)
        print(f"built {db} in {time.perf_counter() - t0:.1f} s: {counts}", file=sys.stderr)
    conn = sqlite3.connect(db)
    if args.with_indexes:
        for statement in RECOMMENDED_INDEXES:
            conn.execute(statement)
        conn.execute("ANALYZE")
        conn.commit()
    indexes = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("companies", "relations", "assertions", "documents", "facilities")}
    ids_all = [r[0] for r in conn.execute("SELECT id FROM companies")]
    degree = dict(conn.execute(
        "SELECT id, count(*) FROM (SELECT source_id AS id FROM relations UNION ALL SELECT target_id FROM relations) GROUP BY id"))
    conn.close()

    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-m", "tierscope", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"server did not start: {server.stderr.read() if server.poll() is not None else ''}")
                time.sleep(0.1)
        rnd = random.Random(args.seed)
        sample = [rnd.choice(ids_all) for _ in range(args.requests)]
        hubs = sorted(ids_all, key=lambda c: -degree.get(c, 0))[:20]
        http_conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        measure(http_conn, [f"/api/companies/{c}" for c in sample[:20]])  # warm up connections and caches
        cases = {
            "company (random)": [f"/api/companies/{c}" for c in sample],
            "neighbourhood depth=1 (random)": [f"/api/companies/{c}/neighbourhood" for c in sample],
            "neighbourhood depth=1 as_of (random)": [f"/api/companies/{c}/neighbourhood?as_of=2022-06-30" for c in sample],
            "neighbourhood depth=2 (random)": [f"/api/companies/{c}/neighbourhood?depth=2" for c in sample[: args.requests // 3]],
            "company (20 largest hubs)": [f"/api/companies/{c}" for c in hubs] * 3,
            "neighbourhood depth=1 (20 largest hubs)": [f"/api/companies/{c}/neighbourhood" for c in hubs] * 3,
            "search ?q=NNN (3 digits)": [f"/api/companies?q={rnd.randrange(1000):03d}&limit=20"
                                         for _ in range(args.requests // 3)],
            # what the page's other views ask for (not part of the p95 target)
            "search ?q=N (1 digit, as typed)": [f"/api/companies?q={rnd.randrange(10)}&limit=25" for _ in range(20)],
            "relations limit=300 (graph view)": ["/api/relations?limit=300"] * 10,
            "relations status=denied limit=300": ["/api/relations?status=denied&limit=300"] * 10,
        }
        results = {}
        load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
        for name, paths in cases.items():
            cpu0 = cpu_seconds(server.pid)
            ms = measure(http_conn, paths)
            cpu1 = cpu_seconds(server.pid)
            results[name] = summary(ms, None if cpu0 is None or cpu1 is None else cpu1 - cpu0)
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
        http_conn.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    hub_degrees = sorted(degree.values(), reverse=True)
    report = {
        "database": counts,
        "degree": {"max": hub_degrees[0], "median": statistics.median(hub_degrees), "top20_min": hub_degrees[19]},
        "indexes": indexes,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
                    "load_average_1min": [None if la is None else round(la[0], 2) for la in (load_before, load_after)]},
        "results": results,
    }
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "api_latency.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"database: {counts}; degree max {hub_degrees[0]}, median {statistics.median(hub_degrees)}")
    print(f"load average (1 min) before and after: {report['machine']['load_average_1min']} on {os.cpu_count()} CPUs")
    print(f"{'endpoint':42} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'server CPU ms/req':>18}")
    for name, r in results.items():
        cpu = "" if r["server_cpu_mean_ms"] is None else r["server_cpu_mean_ms"]
        print(f"{name:42} {r['n']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8} {cpu:>18}")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
