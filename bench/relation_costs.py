"""Where the relation stage spends its time: CPU milliseconds a page of each pipeline stage, and of each
function the relation extractor calls by name (its readers, the frames, the status, the trigger gate), with
how many times a page each is called.

A function profile (cProfile) of this stage is flat: some 90,000 Python calls a page, none above a few
per cent of self time, and the profiler's own cost per call skews what it shows toward the many small
calls. This script times instead, with the thread's CPU clock, each call the extractor module makes to a
function it imported (``extractor.<name>`` and ``engine.<name>``): what one reader costs in all, whatever
it calls inside. Nested names are counted in both (a reader that asks ``engine.status_for`` itself is
not wrapped there: only the extractor's own calls are). Each timed call adds about a microsecond of its
own, so a cheap function called hundreds of times a page (``company_name``) reads high; compare the
figures of two commits, or of one function before and after a change, rather than reading them alone.

Beside each function's cost, how often its answer was anything at all (``acts``): the share of its calls that
returned something other than nothing (None, False, an empty list), and for a filter that takes the page's
ties as its first argument and gives a list back, the share of calls whose list is not those same ties in the
same order. A reader that costs much and acts on almost no call is where a cheaper test before it pays; one
that acts on most calls has no such test to gain. A function that changes its argument in place and returns
nothing reads as never acting, and one that returns an iterator is not counted (``None``): it is not read
ahead of its caller.

    .venv/bin/python bench/relation_costs.py tests/dev -n 300
    .venv/bin/python bench/relation_costs.py some/folder --top 30
"""

from __future__ import annotations

import argparse
import sys
import time
import types
from collections import Counter

__all__ = ["costs", "main"]


#: the answers whose emptiness can be read without consuming them
_SIZED = (list, tuple, set, frozenset, dict, str)


def acted(args: tuple, got) -> bool | None:
    """Whether an answer is anything at all (see the module's docstring); None where that cannot be told
    without reading an iterator ahead of its caller."""
    if got is None or got is False:
        return False
    if isinstance(got, list) and args and isinstance(args[0], list):
        before = args[0]  # (a filter of the page's ties: acting is giving back other ties, or fewer)
        return len(got) != len(before) or any(a is not b for a, b in zip(got, before))
    if isinstance(got, _SIZED):
        return bool(got)
    if isinstance(got, (bool, int, float)) or hasattr(got, "__len__"):
        return bool(got)
    if hasattr(got, "__next__"):
        return None
    return True


def _wrap(name: str, func, total: Counter, calls: Counter, acts: Counter | None = None, known: Counter | None = None):
    clock = time.thread_time

    def timed(*args, **kwargs):
        t0 = clock()
        got, returned = None, False
        try:
            got = func(*args, **kwargs)
            returned = True
            return got
        finally:
            total[name] += clock() - t0
            calls[name] += 1
            # (a call that raised gave no answer: it neither acted nor failed to)
            if returned and acts is not None and known is not None:
                did = acted(args, got)
                if did is not None:
                    known[name] += 1
                    acts[name] += did

    timed.__wrapped__ = func
    return timed


def _wrap_module(module, prefix: str, total: Counter, calls: Counter, undo: list[tuple[object, str, object]],
                 acts: Counter | None = None, known: Counter | None = None) -> None:
    """Wrap each function ``module`` imported from elsewhere, noting in ``undo`` what to put back (each
    one before it is replaced, so that an error midway leaves nothing wrapped that ``undo`` lacks)."""
    for name, value in list(vars(module).items()):
        if isinstance(value, types.FunctionType) and value.__module__ != module.__name__ and not name.startswith("__"):
            undo.append((module, name, value))
            setattr(module, name, _wrap(prefix + name, value, total, calls, acts, known))


def costs(paths: list[str], limit: int | None = None) -> dict:
    """{"pages": n, "stages": {component name: ms a page}, "functions": {name: (ms a page, calls a page,
    share of its calls that acted or None)}} for the default pipeline on the pages of ``paths`` (at most
    ``limit``), start-up left out."""
    from tierscope.doc import Rejection
    from tierscope.ingest import read_inputs
    from tierscope.pipeline import default_pipeline
    from tierscope.relations import engine, extractor

    pipeline = default_pipeline()
    pipeline.warm_up()
    docs = [d for d in read_inputs(paths) if not isinstance(d, Rejection)]
    if limit is not None:
        docs = docs[:limit]
    total: Counter = Counter()
    calls: Counter = Counter()
    acts: Counter = Counter()
    known: Counter = Counter()
    stages: Counter = Counter()
    undo: list[tuple[object, str, object]] = []
    try:
        _wrap_module(extractor, "", total, calls, undo, acts, known)
        _wrap_module(engine, "engine.", total, calls, undo, acts, known)
        for doc in docs:
            for component in pipeline.components:
                t0 = time.process_time()
                doc = component(doc)
                stages[component.name] += time.process_time() - t0
    finally:
        for module, name, value in reversed(undo):
            setattr(module, name, value)
    n = max(1, len(docs))
    return {
        "pages": len(docs),
        "stages": {k: 1000 * v / n for k, v in stages.most_common()},
        "functions": {k: (1000 * v / n, calls[k] / n, acts[k] / known[k] if known[k] else None)
                      for k, v in total.most_common()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help="files or folders of pages, as `tierscope extract` reads them")
    ap.add_argument("-n", type=int, default=None, help="at most this many pages")
    ap.add_argument("--top", type=int, default=40, help="how many functions to list")
    args = ap.parse_args(argv)
    got = costs(args.paths, args.n)
    print(f"{got['pages']} pages; CPU ms a page by stage:")
    for name, ms in got["stages"].items():
        print(f"  {name:40s} {ms:7.2f}")
    print("functions the relation extractor calls (ms a page, calls a page, share of calls that acted):")
    for name, (ms, per_page, share) in list(got["functions"].items())[: args.top]:
        print(f"  {name:40s} {ms:7.3f} {per_page:8.1f} {'   n/a' if share is None else f'{share:6.3f}'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
