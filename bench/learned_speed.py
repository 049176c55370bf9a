"""Throughput of the rule pipeline with and without ``LearnedRelations(policy="combined")``
(docs/learned.md, "Speed"). Not part of the tests.

    python bench/generate.py bench/out/learned-300 -n 300
    OMP_NUM_THREADS=1 taskset -c 0 python bench/learned_speed.py bench/out/learned-300 rules
    OMP_NUM_THREADS=1 taskset -c 0 python bench/learned_speed.py bench/out/learned-300 combined
    OMP_NUM_THREADS=1 taskset -c 0 python bench/learned_speed.py bench/out/learned-300 combined-nocache

Variants: ``rules`` = ``default_pipeline()``; ``combined`` = the default components with
``LearnedRelations(policy="combined")`` right after ``RelationExtractor`` (embedding cache on, the
default); ``combined-nocache`` = the same with ``cache_size=0``. Start-up (``warm_up``: gazetteers,
encoder, weights) is not timed. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def pipeline(variant: str):
    from tierscope.pipeline import Pipeline, default_components

    comps = default_components()
    if variant != "rules":
        from tierscope.learned import LearnedRelations
        from tierscope.relations import RelationExtractor

        k = next(i for i, c in enumerate(comps) if isinstance(c, RelationExtractor))
        lr = LearnedRelations(policy="combined", cache_size=0 if variant == "combined-nocache" else 4096)
        comps = comps[: k + 1] + [lr] + comps[k + 1 :]
    return Pipeline(comps)


def main(argv: list[str]) -> int:
    folder, variant = Path(argv[0]), argv[1]
    if variant not in ("rules", "combined", "combined-nocache"):
        raise SystemExit(f"unknown variant {variant!r}")
    from tierscope.doc import Rejection
    from tierscope.output import document_to_dict
    from tierscope.run import extract_inputs

    pipe = pipeline(variant)
    pipe.warm_up()
    n = rels = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for item in extract_inputs([folder], pipeline=pipe):
        if isinstance(item, Rejection):
            continue
        json.dumps(document_to_dict(item), ensure_ascii=False)
        n += 1
        rels += len(item.relations)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"variant": variant, "articles": n, "relations": rels, "seconds": round(wall, 2),
                      "per_second": round(n / wall, 1), "per_cpu_second": round(n / cpu, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
