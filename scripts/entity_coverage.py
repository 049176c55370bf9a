"""How many gold relation arguments does the entity stage find? (not a test)

For each gold file, runs the default pipeline up to and including the EntityRecognizer and reports,
per corpus and language:

* coverage: the fraction of gold relation arguments (distinct source/target names per document)
  found among the document's COMPANY mentions, matched through the evaluator's ``Matcher``
  (gazetteer aliases and normalisation), so a "found" here is what ``tierscope eval`` can credit;
* companies/doc: COMPANY mentions per document (coreference included) and distinct names per
  document;
* a sample of found names that match no gold name of their document (only documents with gold
  relations, where the annotation names the parties), to eyeball precision.

    .venv/bin/python scripts/entity_coverage.py tests/golden/gold.jsonl build/gold/fire-test.jsonl
    .venv/bin/python scripts/entity_coverage.py build/gold/*.jsonl --sample 30 --limit 200
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

from tierscope.errors import InputError
from tierscope.eval.gold import load_gold
from tierscope.eval.match import Matcher
from tierscope.eval.runner import extract_gold_docs
from tierscope.pipeline import Pipeline, default_components


def entity_pipeline() -> Pipeline:
    """The default components up to and including the entity stage."""
    comps = []
    for c in default_components():
        comps.append(c)
        if c.name.startswith("tierscope.entities."):
            break
    return Pipeline(comps)


def corpus_name(path: Path, gold_doc) -> str:
    return (gold_doc.meta or {}).get("corpus") or path.stem


def measure(path: Path, pipeline: Pipeline, matcher: Matcher, limit: int | None):
    gold = load_gold(path)
    if limit:
        gold = gold[:limit]
    docs, rejected = extract_gold_docs(gold, path.parent, pipeline)
    by_id = {d.id: d for d in docs}
    rows: dict[tuple[str, str], dict] = defaultdict(
        lambda: {"docs": 0, "args": 0, "found": 0, "mentions": 0, "names": 0, "extra": [], "missed": []}
    )
    for gd in gold:
        doc = by_id.get(gd.id)
        if doc is None:
            continue
        row = rows[(path.stem, gd.language or doc.language or "?")]
        companies = [m for m in doc.mentions if m.label == "COMPANY"]
        names = {m.canonical or m.text for m in companies}
        how = {}
        for m in companies:  # the cue that first found each name, for the samples
            how.setdefault(m.canonical or m.text, m.attrs.get("cue") or m.source)
        found_keys = {matcher.key(n) for n in names}
        row["docs"] += 1
        row["mentions"] += len(companies)
        row["names"] += len(names)
        args = {a for r in gd.relations for a in (r.source, r.target)}
        arg_keys = {matcher.key(a): a for a in args}
        row["args"] += len(arg_keys)
        for k, a in arg_keys.items():
            if k in found_keys:
                row["found"] += 1
            else:
                row["missed"].append((gd.id, a))
        if args:
            row["extra"].extend((gd.id, f"{n}  [{how[n]}]") for n in sorted(names) if matcher.key(n) not in arg_keys)
    return rows, rejected


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold files (JSONL)")
    ap.add_argument("--sample", type=int, default=15, help="found names matching no gold name to print per file")
    ap.add_argument("--missed", type=int, default=0, help="gold arguments not found to print per file")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each file")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    pipeline = entity_pipeline()
    matcher = Matcher()
    rnd = random.Random(args.seed)
    samples = []
    header = f"{'file':24} {'lang':4} {'docs':>5} {'args':>5} {'found':>5} {'cover':>6} {'comp/doc':>8} {'names/doc':>9}"
    for path in args.gold:
        try:
            rows, rejected = measure(path, pipeline, matcher, args.limit)
        except InputError as exc:
            print(f"entity_coverage: {exc}", file=sys.stderr)
            return 2
        if header:
            print(header)
            header = ""
        for (name, lang), r in sorted(rows.items()):
            cover = r["found"] / r["args"] if r["args"] else float("nan")
            print(f"{name:24} {lang:4} {r['docs']:5d} {r['args']:5d} {r['found']:5d} {cover:6.3f} "
                  f"{r['mentions'] / max(1, r['docs']):8.2f} {r['names'] / max(1, r['docs']):9.2f}")
            extra = r["extra"]
            samples.append((f"{name}/{lang}: found, not a gold argument", rnd.sample(extra, min(args.sample, len(extra)))))
            if args.missed:
                missed = r["missed"]
                samples.append((f"{name}/{lang}: gold argument not found", rnd.sample(missed, min(args.missed, len(missed)))))
        if rejected:
            print(f"  ({len(rejected)} documents rejected in {path.name})")
    for title, items in samples:
        if items:
            print(f"\n{title}:")
            for doc_id, n in items:
                print(f"  {doc_id:28} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
