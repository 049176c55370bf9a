#!/usr/bin/env python
"""Train the pair admitter (tierscope.learned.PairAdmitter): ties the rules leave out.

    .venv/bin/pip install scikit-learn             # training only; run time is plain Python
    .venv/bin/python scripts/train_pair_admitter.py            # cross-validate, pick thresholds, save
    .venv/bin/python scripts/train_pair_admitter.py --no-save  # figures only

Rows: every same-sentence pair of companies the rules tied in no family on a dev page
(tests/dev/gold.jsonl), read five ways (supply either way, partnership, ownership either way); label:
the reading's (family, source, target) is in the page's gold, by the evaluator's Matcher. One logistic
regression per family. Cross-validation grouped by page: the fresh fold is dev batches 26 and 27 (the
pages written last), the other pages five folds by id hash. Thresholds per family are chosen on the
out-of-fold scores alone: the highest dev family F1 the additions give, where the fresh fold's F1 does
not fall and supply precision stays at 0.85 or more (the project's target) on the dev set and on the
fresh fold; a family with no such threshold adds nothing. The final weights are fitted on all pages. The golden and
held-out sets are never read here. Deterministic (liblinear, fixed seed, sorted rows).

Also prints the ceiling: the gold ties (family level) among the candidates, and among pairs one
sentence apart (not used by the admitter).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.doc import FAMILIES  # noqa: E402
from tierscope.eval import Matcher, load_gold  # noqa: E402
from tierscope.eval.score import family_key  # noqa: E402
from tierscope.learned.pair_admitter import CARD_PATH, WEIGHTS_PATH, admit  # noqa: E402
from tierscope.learned.pair_features import DIM, READINGS, candidate_slots, candidates  # noqa: E402
from _dev_training import DEV, csr, figures, fit, fold_of, rule_docs  # noqa: E402

CACHE = ROOT / "build" / "admitter"
C = 0.3  # inverse L2 strength (--c to try others)
FAMS = ("supply", "partnership", "ownership")
#: dev batches 26 and 27 (the freshest pages), numbers per language
FRESH = {"en": (150, 161), "fr": (150, 161), "it": (158, 169), "de": (158, 169), "es": (151, 162)}
SUPPLY_P_FLOOR = 0.85


def gold_keys(g, matcher):
    allowed = {FAMILIES[t] for t in (g.types or FAMILIES)}
    return {family_key(r.type, r.source, r.target, matcher) for r in g.relations if FAMILIES[r.type] in allowed}


def reading_key(reading, a, b, matcher):
    fam, _, way = reading.partition(":")
    typ = {"supply": "supplies", "partnership": "partners_with", "ownership": "owns"}[fam]
    return family_key(typ, b, a, matcher) if way == "ba" else family_key(typ, a, b, matcher)


def build(gold, docs, matcher):
    """Per page: candidates, their slots and labels; also the ceilings."""
    by_id = {g.id: g for g in gold}
    pages = []
    ceil, ceil_adj, missed = set(), set(), set()
    for d in sorted(docs, key=lambda d: d.id):
        g = by_id[d.id]
        gk = gold_keys(g, matcher)
        pred = {family_key(r.type, r.source, r.target, matcher) for r in d.relations}
        missed |= {(d.id, k) for k in gk - pred}
        cands = candidates(d)
        slots = candidate_slots(d, cands)
        labels = []
        for c in cands:
            lab = {}
            for reading in READINGS:
                k = reading_key(reading, c.a, c.b, matcher)
                lab[reading] = k in gk
                if k in gk:
                    ceil.add((d.id, k))
            labels.append(lab)
        ceil_adj |= {(d.id, k) for k in _adjacent_keys(d, matcher) if k in gk and k not in pred}
        pages.append((d, cands, slots, labels))
    return pages, ceil, ceil_adj - ceil, missed


def _adjacent_keys(d, matcher):
    """Readings of pairs one sentence apart (same story), for the ceiling only."""
    from tierscope.relations.engine import company_name

    names: dict[int, set] = {}
    for m in d.mentions:
        if m.label == "COMPANY" and m.sentence >= 0:
            names.setdefault(m.sentence, set()).add(company_name(m))
    out = set()
    for i, ns in names.items():
        nxt = names.get(i + 1)
        if not nxt or i + 1 >= len(d.sentences) or d.sentences[i].story != d.sentences[i + 1].story:
            continue
        for a in ns:
            for b in nxt:
                if a != b:
                    out |= {reading_key(r, a, b, matcher) for r in READINGS}
    return out


def family_rows(pages, fam):
    X, y, grp, where = [], [], [], []
    for pi, (d, cands, slots, labels) in enumerate(pages):
        for ci in range(len(cands)):
            for reading in READINGS:
                if reading.partition(":")[0] == fam:
                    X.append(slots[ci][reading])
                    y.append(labels[ci][reading])
                    grp.append(fold_of(d.id, FRESH))
                    where.append((pi, ci, reading))
    return X, np.array(y, bool), np.array(grp), where


def with_additions(pages, scores, thr):
    out = []
    for (d, cands, _, _), sc in zip(pages, scores):
        e = copy.copy(d)
        e.relations = list(d.relations) + admit(d, cands, sc, thr)
        out.append(e)
    return out


def auc(y, p):
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, p)), 3) if 0 < y.sum() < len(y) else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="re-run the rules instead of build/admitter/dev-docs.pkl")
    ap.add_argument("--c", type=float, default=None, help="inverse L2 strength (default C)")
    a = ap.parse_args()
    global C
    C = a.c or C
    matcher = Matcher()
    gold = load_gold(DEV)
    docs = rule_docs(gold, CACHE, a.fresh)
    t = time.time()
    pages, ceil, ceil_adj, missed = build(gold, docs, matcher)
    n_c = sum(len(p[1]) for p in pages)
    print(f"{len(pages)} pages, {n_c} candidates ({time.time() - t:.1f}s); gold ties the rules miss: {len(missed)}; "
          f"among same-sentence candidates: {len(ceil)}; one sentence apart only: {len(ceil_adj)}")
    print("  ceiling by family:", dict(Counter(k[1][0] for k in ceil)))
    oof = [[{} for _ in p[1]] for p in pages]
    models = {}
    aucs = {}
    for fam in FAMS:
        X, y, grp, where = family_rows(pages, fam)
        M = csr(X, DIM)
        s = np.zeros(len(y))
        for f in range(6):
            te = grp == f
            s[te] = fit(M[~te], y[~te], C, 3000).predict_proba(M[te])[:, 1]
        for (pi, ci, reading), p in zip(where, s):
            oof[pi][ci][reading] = float(p)
        aucs[fam] = {"all": auc(y, s), "fresh": auc(y[grp == 0], s[grp == 0])}
        print(f"{fam}: {len(y)} readings, {int(y.sum())} right; out-of-fold AUC {aucs[fam]}")
        models[fam] = (M, y)
    (CACHE / "oof.pkl").write_bytes(pickle.dumps(oof))  # for looking at the dev additions
    fresh_ids = {d.id for d in docs if fold_of(d.id, FRESH) == 0}
    fresh_gold = [g for g in gold if g.id in fresh_ids]

    def fresh_part(ds):
        return [d for d in ds if d.id in fresh_ids]

    base = figures(gold, docs, matcher, True)
    base_fresh = figures(fresh_gold, fresh_part(docs), matcher, True)
    print("rules           dev", base, "\n                fresh", base_fresh)
    grid = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01]
    off = 1.01
    chosen = {}
    for fam in FAMS:
        # a family's threshold: the highest dev F1 (four places) the additions give out of fold, where the
        # fresh fold loses nothing and supply precision stays at the target on both
        best = (off, base)
        for th in grid[:-1]:
            added = with_additions(pages, oof, {fam: th})
            fig = figures(gold, added, matcher)
            fr = figures(fresh_gold, fresh_part(added), matcher)
            print(f"  {fam} >= {th:.2f}: dev {fig} fresh {fr}")
            if min(fig["supply_p"], fr["supply_p"]) < SUPPLY_P_FLOOR or fr["f1"] < base_fresh["f1"]:
                continue
            if round(fig["f1"], 4) > round(best[1]["f1"], 4):
                best = (th, fig)
        chosen[fam] = best[0]
    thr = {k: v for k, v in chosen.items() if v <= 1.0}
    dev_add = with_additions(pages, oof, thr)
    fig = figures(gold, dev_add, matcher, True)
    fr = figures(fresh_gold, fresh_part(dev_add), matcher, True)
    n_add = sum(len(d.relations) for d in dev_add) - sum(len(d.relations) for d in docs)
    print(f"chosen {chosen}: {n_add} relations added out of fold\n  dev OOF {fig}\n  fresh  {fr}")
    if a.no_save:
        return 0
    out = {}
    n_w = 0
    for fam in FAMS:
        M, y = models[fam]
        mdl = fit(M, y, C, 3000)
        w = mdl.coef_[0]
        nz = np.flatnonzero(np.abs(w) > 1e-3)
        n_w += len(nz)
        out[fam] = {"bias": round(float(mdl.intercept_[0]), 6), "weights": {str(int(i)): round(float(w[i]), 4) for i in nz}}
    WEIGHTS_PATH.write_text(json.dumps({"dim": DIM, "models": out}, separators=(",", ":")) + "\n")
    card = {
        "name": NAME,
        "trained": dt.date.today().isoformat(),
        "data": f"tests/dev/gold.jsonl: {len(pages)} pages, {n_c} same-sentence candidate pairs the rules left untied",
        "ceiling": {"gold_ties_missed_by_rules": len(missed), "among_candidates": len(ceil),
                    "one_sentence_apart_only": len(ceil_adj)},
        "features": "hashed (crc32, 2^18) named features: how each name was found, gazetteer sectors (by role and as a pair), "
                    "a gazetteer parent above the other or a group above both, order, distance, companies between, the lexicon's "
                    "triggers by family, frame and place around the pair, the lexicon's case markers right before each name, "
                    "status cues, stake cue, the rules' relations in the sentence and of each name on the page, sentence position, "
                    "page counts, language; no words",
        "not_used": "golden and held-out sets; words of the sentence",
        "model": f"one logistic regression per family, liblinear, C={C}; {n_w} non-zero weights (4 decimals, pair_weights.json)",
        "cv": "grouped by page: dev batches 26+27 one fold (fresh), the rest five folds by id hash",
        "auc_out_of_fold": aucs,
        "thresholds": thr,
        "dev_rules": base, "dev_oof_with_admitter": fig, "fresh_rules": base_fresh, "fresh_oof_with_admitter": fr,
        "relations_added_dev_oof": n_add,
    }
    CARD_PATH.write_text(json.dumps(card, indent=2) + "\n")
    print("wrote", WEIGHTS_PATH, CARD_PATH, f"{WEIGHTS_PATH.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
