#!/usr/bin/env python
"""Train the precision filter on the rules' own relations (tierscope.learned.RelationFilter).

    .venv/bin/pip install scikit-learn           # training only; run time is plain Python
    .venv/bin/python scripts/train_relation_filter.py           # cross-validate, pick thresholds, save
    .venv/bin/python scripts/train_relation_filter.py --no-save # figures only

One row per relation the rules produce on the dev set (tests/dev/gold.jsonl, 510 pages); label: its
(family, source, target) is in the page's gold, by the evaluator's Matcher (family F1 is what is scored).
Cross-validation is grouped by page: the dev batches 15 and 16 (the freshest pages, written after the
rules were tuned on the rest) are one fold, the other pages five folds by id hash. The thresholds are
chosen on the out-of-fold scores by the dev family F1 the filter would give; the final weights are
fitted on all pages. The golden and held-out sets are never read here. Deterministic.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.doc import FAMILIES  # noqa: E402
from tierscope.eval import Matcher, load_gold  # noqa: E402
from tierscope.eval.score import family_key  # noqa: E402
from tierscope.learned.filter_features import DIM, feature_slots  # noqa: E402
from tierscope.learned.rule_filter import CARD_PATH, WEIGHTS_PATH  # noqa: E402
from _dev_training import DEV, csr, figures, fit, fold_of, rule_docs  # noqa: E402

CACHE = ROOT / "build" / "filter"
C = 1.0  # inverse L2 strength (out-of-fold AUC on dev: 0.744 at 0.3, 0.748 at 1, 0.743 at 3)
FRESH = {  # dev batches 15 and 16: numbers per language (tests/dev, newest pages)
    "en": (90, 101), "fr": (90, 101), "it": (92, 103), "de": (92, 103), "es": (91, 102)}


def rows(gold, docs, matcher):
    by_id = {g.id: g for g in gold}
    X, y, fam, grp = [], [], [], []
    for d in docs:
        g = by_id[d.id]
        allowed = {FAMILIES[t] for t in (g.types or FAMILIES)}
        gold_fam = {family_key(r.type, r.source, r.target, matcher) for r in g.relations}
        for r, s in zip(d.relations, feature_slots(d, d.relations)):
            X.append(s)
            y.append(FAMILIES[r.type] in allowed and family_key(r.type, r.source, r.target, matcher) in gold_fam)
            fam.append(FAMILIES[r.type])
            grp.append(fold_of(d.id, FRESH))
    return X, np.array(y, bool), np.array(fam), np.array(grp)


def filtered(docs, scores, thr):
    """Copies of ``docs`` keeping the relations whose score reaches their family's threshold."""
    out, k = [], 0
    for d in docs:
        n = len(d.relations)
        e = copy.copy(d)
        e.relations = [r for r, p in zip(d.relations, scores[k : k + n]) if p >= thr.get(FAMILIES[r.type], 0.0)]
        out.append(e)
        k += n
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="re-run the rules instead of build/filter/dev-docs.pkl")
    a = ap.parse_args()
    matcher = Matcher()
    gold = load_gold(DEV)
    docs = rule_docs(gold, CACHE, a.fresh)
    X, y, fam, grp = rows(gold, docs, matcher)
    M = csr(X, DIM)
    print(f"{len(y)} rule relations on {len(docs)} pages, {y.mean():.3f} right; supply {int((fam == 'supply').sum())} "
          f"({y[fam == 'supply'].mean():.3f} right)")
    oof = np.zeros(len(y))
    for f in range(6):
        te = grp == f
        oof[te] = fit(M[~te], y[~te], C, 2000).predict_proba(M[te])[:, 1]
    # thresholds: one for supply, one for the other families, on the out-of-fold scores (whole dev)
    grid = [0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]
    fresh_ids = {d.id for d in docs if fold_of(d.id, FRESH) == 0}
    fresh_gold = [g for g in gold if g.id in fresh_ids]

    def fresh_part(ds):
        return [d for d in ds if d.id in fresh_ids]

    base = figures(gold, docs, matcher)
    base_fresh = figures(fresh_gold, fresh_part(docs), matcher)
    print("rules        dev", base, "b15+16", base_fresh)
    best = None
    table = []
    for ts in grid:
        for to in grid:
            thr = {"supply": ts, "partnership": to, "ownership": to}
            fd = filtered(docs, oof, thr)
            fig = figures(gold, fd, matcher)
            fr = figures(fresh_gold, fresh_part(fd), matcher)
            table.append((ts, to, fig, fr))
            # best dev F1 (to three places); among equals the higher supply precision (target 0.85)
            if best is None or (round(fig["f1"], 3), fig["supply_p"]) > (round(best[2]["f1"], 3), best[2]["supply_p"]):
                best = (ts, to, fig, fr)
    for ts, to, fig, fr in table:
        if to in (0.0, best[1]) or ts in (0.0, best[0]):
            print(f"supply>={ts:.2f} other>={to:.2f} dev {fig} b15+16 {fr}")
    ts, to, fig, fr = best
    print(f"chosen: supply>={ts} other>={to}: dev OOF {fig}; b15+16 fold {fr}")
    if a.no_save:
        return 0
    model = fit(M, y, C, 2000)
    w = model.coef_[0]
    nz = np.flatnonzero(np.abs(w) > 1e-4)
    weights = {str(int(i)): round(float(w[i]), 4) for i in nz}
    WEIGHTS_PATH.write_text(json.dumps({"dim": DIM, "bias": round(float(model.intercept_[0]), 6),
                                        "weights": weights}, separators=(",", ":")) + "\n")
    card = {
        "name": "tierscope.relation_filter.v1",
        "trained": dt.date.today().isoformat(),
        "data": f"tests/dev/gold.jsonl: {len(docs)} pages, {len(y)} rule relations ({int(y.sum())} right)",
        "features": "hashed (crc32, 2^18) named features: type, status, confidence, language, product, order/distance/"
                    "companies between the masked names, evidence length and sentences, how each name was found, "
                    "its gazetteer sectors (by role, and as a pair with the type), pair support on the page",
        "not_used": "golden and held-out sets; words of the evidence (tried: lower out-of-fold AUC on the fresh fold)",
        "model": f"logistic regression, liblinear, C={C}; {len(nz)} non-zero weights (4 decimals, filter_weights.json)",
        "thresholds": {"supply": ts, "partnership": to, "ownership": to},
        "cv": "grouped by page: dev batches 15+16 one fold, the rest five folds by id hash",
        "dev_rules": base, "dev_oof_filtered": fig, "b15_16_rules": base_fresh, "b15_16_oof_filtered": fr,
    }
    CARD_PATH.write_text(json.dumps(card, indent=2) + "\n")
    print("wrote", WEIGHTS_PATH, CARD_PATH, f"{WEIGHTS_PATH.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
