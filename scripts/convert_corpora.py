#!/usr/bin/env python
"""Convert the public corpora in ../shared/data to tierscope gold files (JSONL, text inline).

The output holds corpus texts, so it goes to build/gold/ (git-ignored) by default: never commit it.

    .venv/bin/python scripts/convert_corpora.py                 # all corpora -> build/gold/
    .venv/bin/python scripts/convert_corpora.py -c fire -c relx --out /tmp/gold
    .venv/bin/tierscope eval build/gold/fire-test.jsonl --json-out build/gold/fire-test.report.json

See docs/corpora.md for the label mappings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.eval.corpora import fire, redocred, relx, sentivent, smartdata  # noqa: E402
from tierscope.eval.gold import dump_gold  # noqa: E402

CORPORA = ("sentivent", "fire", "relx", "redocred", "smartdata")


def jobs(data: Path, args: argparse.Namespace) -> list[tuple[str, str, Callable[[], Iterable[dict[str, Any]]]]]:
    """(corpus, output file name, producer) for every gold file to write."""
    out: list[tuple[str, str, Callable[[], Iterable[dict[str, Any]]]]] = []
    sv = data / "sentivent" / "sentivent_events_final1.0.jsonl"
    out.append(("sentivent", "sentivent-test.jsonl", lambda: sentivent.iter_gold(sv, "gold_test")))
    if args.sentivent_train:
        out.append(("sentivent", "sentivent-train.jsonl", lambda: sentivent.iter_gold(sv, "train")))
    for split in ("test", "dev"):
        p = data / "fire" / f"fire_{split}.json"
        out.append(("fire", f"fire-{split}.jsonl",
                    lambda p=p: fire.iter_gold(p, merge_as=args.fire_merge_as, only_positive=args.only_positive)))
    for lang in relx.LANGUAGES:
        out.append(("relx", f"relx-{lang}.jsonl",
                    lambda lang=lang: relx.iter_gold(data / "relx", lang, only_positive=args.only_positive)))
    out.append(("redocred", "redocred.jsonl",
                lambda: redocred.iter_gold(data / "redocred" / "org_business_subset.jsonl", only_positive=args.only_positive)))
    for split in ("test", "train"):
        p = data / "smartdata" / "v1_20180119" / f"{split}.json.gz"
        out.append(("smartdata", f"smartdata-{split}.jsonl", lambda p=p: smartdata.iter_gold(p)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                    help="folder of the public corpora (default: ../shared/data)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "gold", help="output folder (default: build/gold)")
    ap.add_argument("-c", "--corpus", action="append", choices=CORPORA, help="convert only these (repeatable)")
    ap.add_argument("--only-positive", action="store_true",
                    help="keep only documents with at least one gold relation (FIRE, RELX, Re-DocRED)")
    ap.add_argument("--fire-merge-as", choices=("partners_with", "joint_venture"), default=None,
                    help="map FIRE ActionMerge to this type (default: drop it)")
    ap.add_argument("--sentivent-train", action="store_true", help="also write the SENTiVENT train split")
    args = ap.parse_args(argv)

    if not args.data.is_dir():
        print(f"error: corpora folder {args.data} not found (use --data)", file=sys.stderr)
        return 2
    wanted = set(args.corpus or CORPORA)
    for corpus, name, produce in jobs(args.data, args):
        if corpus not in wanted:
            continue
        target = args.out / name
        lines = list(produce())
        n = dump_gold(lines, target)
        types = Counter(r["type"] for g in lines for r in g["relations"])
        with_rel = sum(1 for g in lines if g["relations"])
        facs = sum(len(g.get("facilities", [])) for g in lines)
        print(f"{target}: {n} documents ({with_rel} with relations), "
              f"{sum(types.values())} relations {dict(sorted(types.items()))}" + (f", {facs} facilities" if facs else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
