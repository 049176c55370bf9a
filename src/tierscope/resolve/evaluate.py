"""Merge precision/recall of the resolver on labelled name pairs, with the project gazetteer.

``python -m tierscope.resolve.evaluate [PAIRS.jsonl] [--no-gazetteer] [--joint] [--json]`` (also
``tierscope eval-merge``). Pairs are JSON lines ``{"a", "b", "same"}``; the default file is
``tests/resolve/data/merge_pairs.jsonl`` of a source checkout.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .resolver import PairScores, Resolver, evaluate_pairs

__all__ = ["known_entities", "load_pairs", "evaluate_file", "default_pairs_path", "main"]


def known_entities() -> list[Any]:
    """The project gazetteer's entries, or [] when the entity package is not available (rules
    alone then). Imported lazily: the entity stage loads its data on first use."""
    try:
        from ..entities.gazetteer import gazetteer
    except ImportError:
        try:
            from ..entities import gazetteer  # type: ignore[attr-defined,no-redef]
        except ImportError:
            return []
    try:
        return list(gazetteer())
    except Exception:  # a half-written data file must not stop ingest; rules still apply
        return []


def default_pairs_path() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "resolve" / "data" / "merge_pairs.jsonl"


def load_pairs(path: str | Path) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            if not {"a", "b", "same"} <= set(rec):
                raise ValueError(f"{path}:{lineno}: a pair needs 'a', 'b' and 'same'")
            out.append(rec)
    return out


def evaluate_file(
    path: str | Path, *, gazetteer: bool = True, joint: bool = False, known: Iterable[Any] | None = None
) -> PairScores:
    entities = list(known) if known is not None else (known_entities() if gazetteer else [])
    return evaluate_pairs(Resolver(entities), load_pairs(path), joint=joint)


def render(scores: PairScores, path: str | Path, gazetteer: int, show_errors: int = 20) -> str:
    d = scores.as_dict()
    lines = [
        f"merge pairs: {path} ({d['pairs']} pairs; gazetteer: {gazetteer} companies)",
        f"precision {d['precision']:.3f}  recall {d['recall']:.3f}  F1 {d['f1']:.3f}  "
        f"(tp {d['tp']}, fp {d['fp']}, fn {d['fn']}, tn {d['tn']})",
    ]
    errors = scores.errors[:show_errors]
    if errors:
        lines.append("errors:")
        for e in errors:
            kind = "false merge" if e["got"] else "missed merge"
            why = f"  ({e['why']})" if e.get("why") else ""
            lines.append(f"  {kind}: {e['a']!r} / {e['b']!r}{why}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tierscope.resolve.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="?", default=str(default_pairs_path()))
    ap.add_argument("--no-gazetteer", action="store_true", help="rules only")
    ap.add_argument("--joint", action="store_true", help="resolve all names of all pairs as one corpus")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    known = [] if args.no_gazetteer else known_entities()
    scores = evaluate_file(args.pairs, joint=args.joint, known=known)
    if args.json:
        print(json.dumps({**scores.as_dict(), "gazetteer": len(known), "errors": scores.errors}, ensure_ascii=False))
    else:
        sys.stdout.write(render(scores, args.pairs, len(known)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
