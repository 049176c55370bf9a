"""Missed gold relations whose two companies are both recognised but never named in one sentence
(a development aid, not a test): for each, the sentences naming either party, marked as in
``diagnose.py``, so the mechanism that would carry the fact across sentences can be read off.

    .venv/bin/python scripts/cross_misses.py tests/dev/gold.jsonl --docs dev-en-48 dev-fr-49

Do not run it on tests/heldout: that set is never looked at while tuning (its README).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from diagnose import key_sentences, marked  # noqa: E402
from tierscope.eval.gold import load_gold  # noqa: E402
from tierscope.eval.match import Matcher  # noqa: E402
from tierscope.eval.runner import extract_gold_docs  # noqa: E402

FAMILY = {"supplies": "supply", "partners_with": "partnership", "joint_venture": "partnership",
          "invests_in": "ownership", "acquires": "ownership", "owns": "ownership"}


def found(matcher, doc, gr) -> bool:
    x, y = matcher.key(gr.source), matcher.key(gr.target)
    fam = FAMILY[gr.type]
    for r in doc.relations:
        if FAMILY.get(r.type) != fam:
            continue
        a, b = matcher.key(r.source), matcher.key(r.target)
        if (a, b) == (x, y) or (fam == "partnership" and (a, b) == (y, x)):
            return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--docs", nargs="*", help="only these document ids (prefix match)")
    ap.add_argument("--all", action="store_true", help="every sentence naming either party")
    args = ap.parse_args()
    gold = [g for g in load_gold(args.gold)
            if not args.docs or any(g.id == d or g.id.startswith(d + "-") for d in args.docs)]
    docs, _ = extract_gold_docs(gold, Path(args.gold).parent)
    by_id = {d.id: d for d in docs}
    matcher = Matcher()
    n = 0
    for g in gold:
        doc = by_id.get(g.id)
        if doc is None:
            continue
        for gr in g.relations:
            if found(matcher, doc, gr):
                continue
            sa, sb = key_sentences(doc, matcher, gr.source), key_sentences(doc, matcher, gr.target)
            if not sa or not sb or sa & sb:
                continue
            n += 1
            gap = min(abs(i - j) for i in sa for j in sb)
            print(f"\nCROSS [{g.id}] {gr.type} {gr.source} -> {gr.target} ({gr.status}) gap {gap}")
            # the closest pair of sentences and what lies between them (all of them with --all)
            i, j = min(((i, j) for i in sa for j in sb), key=lambda p: abs(p[0] - p[1]))
            lo, hi = min(i, j), max(i, j)
            shown = sorted(sa | sb) if args.all else range(lo, min(hi, lo + 3) + 1)
            for k in shown:
                who = ("S" if k in sa else "") + ("T" if k in sb else "")
                print(f"  {k:3d} {who:2s}:", marked(doc, doc.sentences[k])[:500])
    print(f"\n{n} cross-sentence misses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
