"""Measure the gold sets and print (or write) the accuracy floors of tests/eval/quality_floors.json.

Each floor is the measured figure rounded down by the margin the file's "note" states (family F1 per
language or family 0.04, overall 0.03, status accuracy 0.07 per language and 0.04 overall, facilities
0.05, precision 0.04), and never below the floor pinned now: this script only raises floors, except
for a set named with --reset, whose pages changed: there a floor the measured figure no longer
reaches is set afresh from it. Which figures
a set pins stays as the file says (the held-out set: overall and per family only).

    .venv/bin/python scripts/pin_floors.py           # show old -> new
    .venv/bin/python scripts/pin_floors.py --write   # and write the file
    .venv/bin/python scripts/pin_floors.py --reset dev --write   # pages were added to the dev set
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from tierscope.eval import run_eval
from tierscope.pipeline import Pipeline, default_components

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "tests" / "eval" / "quality_floors.json"

MARGINS = {
    "family_f1_by_language": 0.04,
    "status_accuracy_by_language": 0.07,
    "family_f1": 0.04,
    "precision_by_type": 0.04,
    "overall_family_f1": 0.03,
    "overall_status_accuracy": 0.04,
    "facility_accuracy": 0.05,
}


def floor_of(value: float, margin: float) -> float:
    return max(0.0, math.floor((value - margin) * 100 + 1e-9) / 100)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the raised floors to the file")
    ap.add_argument("--reset", action="append", default=[], metavar="SET",
                    help="a set whose pages changed: pin its floors from the measured figures, lower or higher")
    args = ap.parse_args()
    floors = json.loads(FILE.read_text(encoding="utf-8"))
    pipeline = Pipeline(default_components())
    pipeline.warm_up()
    changed = 0
    for name, spec in floors["sets"].items():
        rep = run_eval(ROOT / spec["gold"], pipeline=pipeline)
        for key, value in spec.items():
            if key == "gold":
                continue
            items = value.items() if isinstance(value, dict) else [(None, value)]
            for sub, old in items:
                got = rep.figure(key, sub)
                new = floor_of(got, MARGINS[key])
                if name not in args.reset or got >= old:
                    new = max(old, new)  # a reset set lowers a floor only where its new pages fall below it
                mark = "  raised" if new > old else "  LOWERED (set reset)" if new < old else ""
                print(f"{name:8s} {key:28s} {sub or 'all':12s} measured {got:.3f}  floor {old:.2f} -> {new:.2f}{mark}")
                if new != old:
                    changed += 1
                    if sub is None:
                        spec[key] = new
                    else:
                        value[sub] = new
    if args.write:
        FILE.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{changed} floors changed in {FILE.relative_to(ROOT)}")
    else:
        print(f"{changed} floors would change (--write to write them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
