"""Why was a gold relation missed? (a development aid, not a test)

For every missed gold relation of a gold file, prints what the entity stage found: whether each of
the two companies was recognised at all (through the evaluator's ``Matcher``), and every sentence
that mentions both, with the company mentions marked ``[[...]]`` and what the extractor made of
that sentence. False hits are printed with their sentence and the same marking.

    .venv/bin/python scripts/diagnose.py tests/dev/gold-en.jsonl
    .venv/bin/python scripts/diagnose.py tests/dev/gold-it.jsonl --doc dev-it-03 --hits

Do not run it on tests/heldout: that set is never looked at while tuning (its README).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.eval.gold import load_gold  # noqa: E402
from tierscope.eval.match import Matcher  # noqa: E402
from tierscope.eval.runner import extract_gold_docs  # noqa: E402

SYMMETRIC = {"partners_with", "joint_venture"}


def marked(doc, sent) -> str:
    """The sentence with its company mentions bracketed and their canonical names."""
    out, pos = [], sent.start
    for m in sorted((m for m in doc.mentions if m.label == "COMPANY" and sent.start <= m.start < sent.end),
                    key=lambda m: m.start):
        if m.start < pos:
            continue
        out.append(doc.text[pos:m.start])
        tag = "" if m.canonical == m.text else f"={m.canonical}"
        out.append(f"[[{doc.text[m.start:m.end]}{tag}]]")
        pos = m.end
    out.append(doc.text[pos:sent.end])
    return " ".join("".join(out).split())


def key_sentences(doc, matcher: Matcher, name: str) -> set[int]:
    k = matcher.key(name)
    return {i for i, s in enumerate(doc.sentences) for m in doc.mentions
            if m.label == "COMPANY" and s.start <= m.start < s.end and matcher.key(m.canonical) == k}


def same(matcher, r, gtype, gsrc, gtgt) -> bool:
    if r.type != gtype and gtype is not None:
        return False
    a, b = matcher.key(r.source), matcher.key(r.target)
    x, y = matcher.key(gsrc), matcher.key(gtgt)
    return (a, b) == (x, y) or ((r.type in SYMMETRIC or gtype is None) and (a, b) == (y, x))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--doc", help="only this document id")
    ap.add_argument("--hits", action="store_true", help="also print false hits")
    ap.add_argument("--status", action="store_true", help="only print matched relations whose status is wrong")
    ap.add_argument("--facilities", action="store_true",
                    help="only print missed gold plants, with what was found and the sentences naming the place")
    args = ap.parse_args()
    gold = [g for g in load_gold(args.gold) if not args.doc or g.id == args.doc]
    docs, _ = extract_gold_docs(gold, Path(args.gold).parent)
    by_id = {d.id: d for d in docs}
    matcher = Matcher()
    if args.facilities:
        return facility_misses(gold, by_id, matcher)
    for g in gold:
        doc = by_id.get(g.id)
        if doc is None:
            continue
        for gr in g.relations:
            found = [r for r in doc.relations if same(matcher, r, gr.type, gr.source, gr.target)]
            if args.status:
                best = max(found, key=lambda r: r.confidence, default=None)
                if best is not None and gr.status and best.status != gr.status:
                    print(f"\nSTATUS [{g.id}] {gr.type} {gr.source} -> {gr.target}: gold {gr.status}, got {best.status}")
                    print("   ", " ".join(best.evidence.text.split()))
                continue
            if found:
                continue
            sa, sb = key_sentences(doc, matcher, gr.source), key_sentences(doc, matcher, gr.target)
            print(f"\nMISS [{g.id}] {gr.type} {gr.source} -> {gr.target} ({gr.status})"
                  + ("" if sa else "  !source not found") + ("" if sb else "  !target not found"))
            for i in sorted(sa & sb):
                s = doc.sentences[i]
                print("   ", marked(doc, s))
                for r in doc.relations:
                    if s.start <= r.evidence.start < s.end:
                        print(f"      got {r.type} {r.source} -> {r.target} ({r.status})")
        if args.hits and not args.status:
            for r in doc.relations:
                if any(same(matcher, r, gr.type, gr.source, gr.target) for gr in g.relations):
                    continue
                near = any(same(matcher, r, None, gr.source, gr.target) for gr in g.relations)
                print(f"\nHIT  [{g.id}] {r.type} {r.source} -> {r.target} ({r.status})"
                      + ("  (pair labelled with another type)" if near else ""))
                s = next((s for s in doc.sentences if s.start <= r.evidence.start < s.end), None)
                if s is not None:
                    print("   ", marked(doc, s))
    return 0


def facility_misses(gold, by_id, matcher) -> int:
    """Each missed gold plant: the plants found in its document and the sentences naming its place
    (or, without a place, its owner)."""
    from tierscope.eval.match import same_place
    from tierscope.eval.score import _same_capacity

    for g in gold:
        doc = by_id.get(g.id)
        if doc is None:
            continue
        for gf in g.facilities:
            found = [f for f in doc.facilities
                     if (gf.owner is None or matcher.same(gf.owner, f.owner))
                     and (gf.location is None or same_place(gf.location, f.location))
                     and _same_capacity(gf.capacity, f.capacity)]
            if found:
                continue
            print(f"\nPLANT [{g.id}] {gf.owner} @ {gf.location} {gf.capacity or ''}")
            for f in doc.facilities:
                print(f"      got {f.owner} @ {f.location} {f.capacity or ''} ({f.status})")
            head = (gf.location or gf.owner or "").split(",")[0].strip().casefold()
            for s in doc.sentences:
                if head and head in doc.text[s.start:s.end].casefold():
                    print("   ", marked(doc, s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
