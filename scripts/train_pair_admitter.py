#!/usr/bin/env python
"""Train the pair admitter (tierscope.learned.PairAdmitter): ties the rules leave out.

    .venv/bin/pip install scikit-learn             # training only; run time is plain Python
    .venv/bin/python scripts/train_pair_admitter.py            # cross-validate, pick thresholds, save
    .venv/bin/python scripts/train_pair_admitter.py --no-save  # figures only

Rows: every same-sentence pair of companies the rules tied in no family on a dev page
(tests/dev/gold.jsonl), read five ways (supply either way, partnership, ownership either way); label:
the reading's (family, source, target) is in the page's gold, by the evaluator's Matcher. One logistic
regression per family. Cross-validation grouped by page: the fresh fold is dev batches 29 to 32 (the
pages written last), the other pages five folds by id hash.

The three families' thresholds are chosen jointly on a grid, on the out-of-fold scores alone, by a rule
stated before the figures were seen: the highest dev **status-weighted** family F1 (a matched tie whose
status is wrong counts half) among the settings where

* on the fresh fold the family F1 and the status-weighted F1 do not fall below the rules' own;
* the combined (rules + additions) supply precision is at least 0.88 on the dev set and 0.87 on the
  fresh fold;
* the added supply ties' own precision is at least 0.80 on the whole dev set (fresh fold included) and
  0.80 on the fresh fold, the latter only where the fresh fold has at least 5 added supplies;

ties go to the higher thresholds. **Steadiness (from the twenty-fourth round, stated before its
training):** the settings that meet the conditions and come within 0.002 of the best dev
status-weighted F1 count as equals, and of them the one fewest grid steps from the thresholds shipped
before is taken (then the higher F1, then the higher thresholds). In the twenty-third round the
retrain moved ownership 0.35 → 0.5 for a dev gain of that order, and both unseen sets lost by it:
a 120-page fresh fold and the dev set choose among near-equal settings by noise, and a threshold
that moves every round by noise is a cost on pages never seen. The supply conditions bind the settings that add supply: with supply
off no supply tie is added and the supply precision is the rules' own whatever the other families do.
Pooled over every unseen page the old supply additions at 0.8 were right 12 times in 14, while the
last round's stricter rule (added supply precision 0.88 on dev, 0.85 on a 60-page fresh fold) admitted
none; this rule asks the additions to be right four times in five on 90 fresh pages and the whole
dev set, and the combined output to keep a margin over the 0.85 target. The grid is scored by
counting (``Tally``), and the chosen point is checked with the evaluator itself. ``--ablate`` weighs
the context feature groups (``pair_context.GROUPS``) one at a time by the same rule. The final weights
are fitted on all pages. The golden and held-out sets are never read here. Deterministic (liblinear,
fixed seed, sorted rows).

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
from tierscope.eval.score import family_key, relation_match_key  # noqa: E402
from tierscope.learned.pair_admitter import CARD_PATH, NAME, STATUS_PATH, WEIGHTS_PATH, _adviser_in, admit, admitted_relation  # noqa: E402
from tierscope.learned.hashed import slot  # noqa: E402
from tierscope.learned.pair_context import GROUPS  # noqa: E402
from tierscope.relations.known_roles import reading_trades  # noqa: E402
from tierscope.learned.pair_features import DIM, READINGS, PageFacts, candidates, reading_features  # noqa: E402
from tierscope.relations.owner_parties import drop_non_parties  # noqa: E402
from _dev_training import (DEV, FAMS, FRESH, FRESH_BATCHES, auc, csr, figures, fit, fit_weights, fold_of, gold_keys,  # noqa: E402
                           reading_key, rule_docs)

CACHE = ROOT / "build" / "admitter"
C = 0.3  # inverse L2 strength (--c to try others)
SUPPLY_P_MARGIN = 0.88  # combined supply precision on the dev set
SUPPLY_P_FRESH = 0.87  # combined supply precision on the fresh fold
ADDED_SUPPLY_P = 0.80  # the added supply ties' own precision, dev set and fresh fold
ADDED_SUPPLY_MIN_FRESH = 5  # fewer added supplies on the fresh fold: the dev condition alone
STEADY_MARGIN = 0.002  # dev status-weighted F1: settings this close to the best are equals (the docstring)
OFF = 1.01
GRID = {"supply": [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, OFF],
        "partnership": [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, OFF],
        "ownership": [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, OFF]}


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
        slots = grouped_slots(d, cands)
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


def grouped_slots(d, cands):
    """Per candidate and reading: group -> hashed slots ("base" for the first round's features)."""
    facts = PageFacts(d, cands)
    out = []
    with reading_trades(d.trades):  # (the page's described trades, as the admitter reads them)
        for c in cands:
            row = {}
            for r in READINGS:
                g = {}
                for f in reading_features(d, c, facts, r):
                    head = f.partition(":")[0]
                    g.setdefault(head if head in GROUPS else "base", set()).add(slot(f))
                row[r] = g
            out.append(row)
    return out


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


def family_rows(pages, fam, groups):
    X, y, grp, where = [], [], [], []
    for pi, (d, cands, slots, labels) in enumerate(pages):
        for ci in range(len(cands)):
            for reading in READINGS:
                if reading.partition(":")[0] == fam:
                    g = slots[ci][reading]
                    X.append(sorted(set().union(*(g.get(k, ()) for k in groups))))
                    y.append(labels[ci][reading])
                    grp.append(fold_of(d.id, FRESH))
                    where.append((pi, ci, reading))
    return X, np.array(y, bool), np.array(grp), where


def with_additions(pages, scores, thr):
    out = []
    for (d, cands, _, _), sc in zip(pages, scores):
        e = copy.copy(d)
        # as PairAdmitter.__call__: an ownership of a marque, a family, a person or a plant is dropped
        e.relations = list(d.relations) + drop_non_parties(admit(d, cands, sc, thr), d)
        out.append(e)
    return out


def cross_validate(pages, groups, c=None):
    """Out-of-fold scores of every reading (a list per page, a dict per candidate) and the AUCs."""
    oof = [[{} for _ in p[1]] for p in pages]
    aucs, data = {}, {}
    for fam in FAMS:
        X, y, grp, where = family_rows(pages, fam, groups)
        M = csr(X, DIM)
        s = np.zeros(len(y))
        for f in range(6):
            te = grp == f
            s[te] = fit(M[~te], y[~te], c or C, 3000).predict_proba(M[te])[:, 1]
        for (pi, ci, reading), p in zip(where, s):
            oof[pi][ci][reading] = float(p)
        aucs[fam] = {"all": auc(y, s), "fresh": auc(y[grp == 0], s[grp == 0])}
        data[fam] = (M, y)
    return oof, aucs, data


class Tally:
    """Family F1, status and supply precision of the rules plus the additions at any thresholds, by
    counting: per page the gold keys and the rules' keys once, per (family, pair) the addition its best
    reading makes (the chosen reading does not depend on the threshold, only whether it is admitted)."""

    def __init__(self, gold, pages, matcher, fresh_ids):
        by_id = {g.id: g for g in gold}
        self.base = {}  # "fresh" / "rest" -> counts
        self.pending = []
        for pi, (d, cands, _, _) in enumerate(pages):
            g = by_id[d.id]
            allowed = set(g.types) if g.types is not None else None
            gf = {family_key(r.type, r.source, r.target, matcher) for r in g.relations}
            ge = {}
            for r in g.relations:
                k = relation_match_key(r.type, r.source, r.target, matcher)
                ge.setdefault(k, set())
                if r.status:
                    ge[k].add(r.status)
            pf = {family_key(r.type, r.source, r.target, matcher) for r in d.relations
                  if allowed is None or FAMILIES[r.type] in {FAMILIES[t] for t in allowed}}
            pf = {k for k in pf if k[1] != k[2]}
            pe = {relation_match_key(r.type, r.source, r.target, matcher) for r in d.relations}
            where = "fresh" if d.id in fresh_ids else "rest"
            self.base.setdefault(where, Counter())
            b = self.base[where]
            for fam in FAMS:
                b[fam, "tp"] += len({k for k in gf & pf if k[0] == fam})
                b[fam, "fp"] += len({k for k in pf - gf if k[0] == fam})
                b[fam, "fn"] += len({k for k in gf - pf if k[0] == fam})
            self.pending.append((pi, d, cands, gf, ge, pf, pe, allowed, where))

    def score(self, oof, status_of=None):
        """Read the out-of-fold scores: one item per (page, family, pair) with its effect when admitted."""
        items = []
        for pi, d, cands, gf, ge, pf, pe, allowed, where in self.pending:
            best = {}
            for ci, (c, sc) in enumerate(zip(cands, oof[pi])):
                if _adviser_in(d, c):
                    continue
                for reading, p in sc.items():
                    key = (reading.partition(":")[0], frozenset((c.a, c.b)))
                    if key not in best or p > best[key][0]:
                        best[key] = (p, c, reading, ci)
            seen = {}
            for (fam, _), (p, c, reading, ci) in sorted(best.items(), key=lambda kv: -kv[1][0]):
                rel = admitted_relation(d, c, reading, p)
                if rel is not None:  # the run time's marque filter (PairAdmitter.__call__)
                    rel = (drop_non_parties([rel], d) or [None])[0]
                if rel is None or (allowed is not None and rel.type not in allowed):
                    continue
                if status_of is not None:
                    rel.status = status_of.get((pi, ci, reading), rel.status)
                fk = family_key(rel.type, rel.source, rel.target, matcher_)
                if fk[1] == fk[2] or fk in pf or (pi, fk) in seen:
                    continue
                seen[pi, fk] = 1
                ek = relation_match_key(rel.type, rel.source, rel.target, matcher_)
                st = None
                if fk in gf and ek in ge and ge[ek] and ek not in pe:
                    st = rel.status in ge[ek]
                items.append((fam, p, where, fk in gf, st, d.language, pi, rel))
        return items


matcher_ = None


def tally(base, items, thr, where=("rest", "fresh")):
    """Counts -> figures for the pages of ``where`` at thresholds ``thr``."""
    cnt = Counter()
    for w in where:
        cnt.update(base[w])
    st_ok = st_bad = 0
    add = Counter()
    for fam, p, w, tp, st, *_ in items:
        if w not in where or p < thr.get(fam, OFF):
            continue
        add[fam, bool(tp)] += 1
        if tp:
            cnt[fam, "tp"] += 1
            cnt[fam, "fn"] -= 1
        else:
            cnt[fam, "fp"] += 1
        if st is True:
            st_ok += 1
        elif st is False:
            st_bad += 1
    tp = sum(cnt[f, "tp"] for f in FAMS)
    fp = sum(cnt[f, "fp"] for f in FAMS)
    fn = sum(cnt[f, "fn"] for f in FAMS)
    f1 = 2 * tp / (2 * tp + fp + fn)
    eff = tp - 0.5 * st_bad
    f1w = 2 * eff / (2 * tp + fp + fn)
    sp = cnt["supply", "tp"] / max(1, cnt["supply", "tp"] + cnt["supply", "fp"])
    n_add = add["supply", True] + add["supply", False]
    return {"f1": f1, "f1w": f1w, "supply_p": sp, "added_supply_p": add["supply", True] / n_add if n_add else 1.0,
            "added_supply": n_add,
            "added": sum(add.values()), "added_right": add["supply", True] + add["partnership", True] + add["ownership", True],
            "status_ok": st_ok, "status_bad": st_bad}


def supply_ok(dv, fr) -> bool:
    """The supply conditions of the docstring's rule, for a setting that adds supply."""
    if dv["supply_p"] < SUPPLY_P_MARGIN - 1e-9 or fr["supply_p"] < SUPPLY_P_FRESH - 1e-9:
        return False
    if dv["added_supply"] and dv["added_supply_p"] < ADDED_SUPPLY_P - 1e-9:
        return False
    return not (fr["added_supply"] >= ADDED_SUPPLY_MIN_FRESH and fr["added_supply_p"] < ADDED_SUPPLY_P - 1e-9)


def shipped_thresholds() -> dict:
    """The thresholds of the card now shipped (a family it leaves out is off), read before it is overwritten."""
    thr = json.loads(CARD_PATH.read_text(encoding="utf-8")).get("thresholds", {}) if CARD_PATH.exists() else {}
    return {f: thr.get(f, OFF) for f in GRID}


def choose(base, items, rules_dev, rules_fresh, shipped=None):
    """The joint thresholds by the rule of the docstring: among the settings that meet its conditions,
    those within ``STEADY_MARGIN`` of the best dev status-weighted F1 are equals, and of them the one
    fewest grid steps from ``shipped`` is taken (then the higher F1, then the higher thresholds)."""
    ok = []
    for ts in GRID["supply"]:
        for tpart in GRID["partnership"]:
            for to in GRID["ownership"]:
                thr = {"supply": ts, "partnership": tpart, "ownership": to}
                dv = tally(base, items, thr)
                fr = tally(base, items, thr, ("fresh",))
                if ts <= 1.0 and not supply_ok(dv, fr):
                    continue
                if fr["f1"] < rules_fresh["f1"] - 1e-9 or fr["f1w"] < rules_fresh["f1w"] - 1e-9:
                    continue
                ok.append(((round(dv["f1w"], 4), ts, tpart, to), thr, dv, fr))
    if not ok:
        return None
    best = max(ok, key=lambda o: o[0])
    if not shipped or any(shipped[f] not in GRID[f] for f in GRID):
        return best
    equals = [o for o in ok if o[0][0] >= best[0][0] - STEADY_MARGIN - 1e-9]

    def steps(thr):
        return sum(abs(GRID[f].index(thr[f]) - GRID[f].index(shipped[f])) for f in GRID)

    return min(equals, key=lambda o: (steps(o[1]), tuple(-x for x in o[0])))


def status_rows(pages, gold, matcher):
    """The status head's rows: every candidate reading that is a gold tie, with the gold statuses of
    its key, the rules' own status reading and the named features of ``pair_status``."""
    from tierscope.learned.pair_admitter import _nearest_cue
    from tierscope.learned.pair_status import page_status_cues, status_features

    by_id = {g.id: g for g in gold}
    rows = []
    for pi, (d, cands, _, labels) in enumerate(pages):
        gst = {}
        for r in by_id[d.id].relations:
            if r.status:
                gst.setdefault(family_key(r.type, r.source, r.target, matcher), set()).add(r.status)
        page_cues = None
        for ci, c in enumerate(cands):
            for reading, ok in labels[ci].items():
                k = reading_key(reading, c.a, c.b, matcher)
                if not ok or k not in gst:
                    continue
                rel = admitted_relation(d, c, reading, 1.0)
                if rel is None:
                    continue
                if page_cues is None:
                    page_cues = page_status_cues(d.language, d.text)
                s = d.sentences[c.sentence]
                a0, a1, b0, b1 = (x - s.start for x in (c.ma.start, c.ma.end, c.mb.start, c.mb.end))
                fam = reading.partition(":")[0]
                cue = _nearest_cue(c, fam, min(a0, b0), max(a1, b1))
                f = status_features(d.language, fam, d.text[s.start:s.end], min(a0, b0), max(a1, b1), cue, rel.status, page_cues)
                rows.append((pi, ci, reading, f, gst[k], rel.status, fold_of(d.id, FRESH)))
    return rows


def status_head(rows, c=1.0):
    """Out-of-fold accuracy of the head against the rules' reading; the head fitted on all rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    dv = DictVectorizer()
    X = dv.fit_transform([{f: 1 for f in r[3]} for r in rows])
    y = np.array([sorted(r[4])[0] for r in rows])
    grp = np.array([r[6] for r in rows])
    pred = np.empty(len(rows), object)
    for f in range(6):
        te = grp == f
        if te.any() and len(set(y[~te])) > 1:
            m = LogisticRegression(C=c, max_iter=2000).fit(X[~te], y[~te])
            pred[te] = m.predict(X[te])
    head_ok = np.array([pred[i] in rows[i][4] for i in range(len(rows))])
    rule_ok = np.array([rows[i][5] in rows[i][4] for i in range(len(rows))])
    fr = grp == 0
    print(f"status head (C={c}): {len(rows)} gold-tie readings; out-of-fold accuracy all {head_ok.mean():.3f} "
          f"(rules {rule_ok.mean():.3f}), fresh {head_ok[fr].mean():.3f} (rules {rule_ok[fr].mean():.3f}, n={fr.sum()})",
          flush=True)
    m = LogisticRegression(C=c, max_iter=2000).fit(X, y)
    names = dv.get_feature_names_out()
    model = {}
    for k, st in enumerate(m.classes_):
        w = m.coef_[k]
        model[str(st)] = {"bias": round(float(m.intercept_[k]), 4),
                          "weights": {str(names[i]): round(float(w[i]), 4) for i in np.flatnonzero(np.abs(w) > 1e-3)}}
    oof = {(r[0], r[1], r[2]): pred[i] for i, r in enumerate(rows)}
    return model, oof, {"all": round(float(head_ok.mean()), 3), "rules_all": round(float(rule_ok.mean()), 3),
                        "fresh": round(float(head_ok[fr].mean()), 3), "rules_fresh": round(float(rule_ok[fr].mean()), 3)}


def print_supply_grid(tl, items, chosen, label):
    """The whole supply grid, the other families at the chosen thresholds: per supply threshold the added
    supplies, their own precision, the combined supply precision and F1, dev and fresh, and whether the
    setting meets the supply conditions, so the choice can be checked."""
    print(f"[{label}] supply grid (partnership {chosen.get('partnership', OFF)}, ownership {chosen.get('ownership', OFF)}):")
    print("  supply | dev: added right P   supP   F1     F1w    | fresh: added right P  supP   F1     F1w    | ok")
    for ts in GRID["supply"][:-1]:
        thr = {**chosen, "supply": ts}
        dv, fr = tally(tl.base, items, thr), tally(tl.base, items, thr, ("fresh",))
        line = []
        for x in (dv, fr):
            right = round(x["added_supply_p"] * x["added_supply"])
            line.append(f"{x['added_supply']:4d} {right:4d} {x['added_supply_p']:.3f} {x['supply_p']:.4f} "
                        f"{x['f1']:.4f} {x['f1w']:.4f}")
        print(f"  {ts:5.2f}  | {line[0]} | {line[1]} | {supply_ok(dv, fr)}")


def run_config(gold, pages, groups, tl, label, c=None):
    oof, aucs, data = cross_validate(pages, groups, c)
    items = tl.score(oof)
    rules_dev = tally(tl.base, [], {})
    rules_fresh = tally(tl.base, [], {}, ("fresh",))
    old = shipped_thresholds()
    best = choose(tl.base, items, rules_dev, rules_fresh, old)
    r4 = lambda d: {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}  # noqa: E731
    print(f"[{label}] AUC {aucs}")
    print(f"[{label}] rules dev {r4(rules_dev)} fresh {r4(rules_fresh)}")
    if best:
        print(f"[{label}] chosen {best[1]}: dev {r4(best[2])} fresh {r4(best[3])}", flush=True)
    print_supply_grid(tl, items, best[1] if best else {}, label)
    print(f"[{label}] at the shipped thresholds {old}: dev {r4(tally(tl.base, items, old))} "
          f"fresh {r4(tally(tl.base, items, old, ('fresh',)))}", flush=True)
    return oof, aucs, data, items, best


def main() -> int:
    global matcher_, C
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="re-run the rules instead of build/admitter/dev-docs.pkl")
    ap.add_argument("--c", type=float, default=None, help="inverse L2 strength (default C)")
    ap.add_argument("--ablate", action="store_true", help="weigh the context feature groups one at a time")
    ap.add_argument("--groups", default=",".join(GROUPS), help="context groups to use (comma-separated)")
    a = ap.parse_args()
    C = a.c or C
    matcher = matcher_ = Matcher()
    gold = load_gold(DEV)
    docs = rule_docs(gold, CACHE, a.fresh)
    t = time.time()
    pages, ceil, ceil_adj, missed = build(gold, docs, matcher)
    n_c = sum(len(p[1]) for p in pages)
    print(f"{len(pages)} pages, {n_c} candidates ({time.time() - t:.1f}s); gold ties the rules miss: {len(missed)}; "
          f"among same-sentence candidates: {len(ceil)}; one sentence apart only: {len(ceil_adj)}", flush=True)
    print("  ceiling by family:", dict(Counter(k[1][0] for k in ceil)))
    fresh_ids = {d.id for d in docs if fold_of(d.id, FRESH) == 0}
    tl = Tally(gold, pages, matcher, fresh_ids)
    if a.ablate:
        run_config(gold, pages, ["base"], tl, "first round's features")
        run_config(gold, pages, ["base", *GROUPS], tl, "all groups")
        for g in GROUPS:
            run_config(gold, pages, ["base", *[x for x in GROUPS if x != g]], tl, f"all but {g}")
        return 0
    groups = ["base", *[g for g in a.groups.split(",") if g]]
    oof_old, _, _, items_old, _ = run_config(gold, pages, ["base"], tl, "first round's features")
    oof, aucs, models, items, best = run_config(gold, pages, groups, tl, "chosen features")
    (CACHE / "oof.pkl").write_bytes(pickle.dumps(oof))  # for looking at the dev additions
    fresh_gold = [g for g in gold if g.id in fresh_ids]

    def fresh_part(ds):
        return [d for d in ds if d.id in fresh_ids]

    base = figures(gold, docs, matcher, True)
    base_fresh = figures(fresh_gold, fresh_part(docs), matcher, True)
    print("rules           dev", base, "\n                fresh", base_fresh)
    old_thr = {k: v for k, v in shipped_thresholds().items() if v <= 1.0}
    old_add = with_additions(pages, oof_old, old_thr)
    print("first features, shipped thresholds, dev", figures(gold, old_add, matcher, True), "\n                fresh",
          figures(fresh_gold, fresh_part(old_add), matcher, True))
    thr = {k: v for k, v in (best[1] if best else {}).items() if v <= 1.0}
    dev_add = with_additions(pages, oof, thr)
    fig = figures(gold, dev_add, matcher, True)
    fr = figures(fresh_gold, fresh_part(dev_add), matcher, True)
    n_add = sum(len(d.relations) for d in dev_add) - sum(len(d.relations) for d in docs)
    print(f"chosen {thr}: {n_add} relations added out of fold\n  dev OOF {fig}\n  fresh  {fr}", flush=True)
    srows = status_rows(pages, gold, matcher)
    st_model, st_oof, st_acc = status_head(srows)
    r4 = lambda d: {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}  # noqa: E731
    items_head = tl.score(oof, st_oof)
    for w, lab in ((("rest", "fresh"), "dev"), (("fresh",), "fresh")):
        print(f"  {lab} at the chosen thresholds, statuses of status_for: {r4(tally(tl.base, items, thr, w))}\n"
              f"  {lab} at the chosen thresholds, statuses of the head:   {r4(tally(tl.base, items_head, thr, w))}")
    # kept only where it beats status_for out of fold on the gold-tie readings (dev and fresh fold) and
    # loses no status-weighted F1 on the ties the chosen thresholds admit (dev and fresh fold)
    gains = [tally(tl.base, items_head, thr, w)["f1w"] >= tally(tl.base, items, thr, w)["f1w"]
             for w in (("rest", "fresh"), ("fresh",))]
    use_head = st_acc["fresh"] > st_acc["rules_fresh"] and st_acc["all"] > st_acc["rules_all"] and all(gains)
    print("status head kept" if use_head else "status head left out", flush=True)
    if a.no_save:
        return 0
    if not thr:
        # saved all the same: keeping the old card would leave thresholds this run's rule rejected
        print("no family qualifies: the saved card has no thresholds and the admitter adds nothing", flush=True)
    if use_head:
        STATUS_PATH.write_text(json.dumps(st_model, separators=(",", ":")) + "\n")
    elif STATUS_PATH.exists():
        STATUS_PATH.unlink()
    out, n_w = fit_weights(models, C)
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
                    "page counts, language; the context groups of pair_context: " + ",".join(groups[1:]) + "; no words",
        "not_used": "golden and held-out sets; words of the sentence",
        "model": f"one logistic regression per family, liblinear, C={C}; {n_w} non-zero weights (4 decimals, pair_weights.json)",
        "cv": f"grouped by page: dev batches {FRESH_BATCHES} one fold (fresh), the rest five folds by id hash",
        "threshold_rule": "joint grid; highest dev status-weighted F1 where fresh F1 and status-weighted F1 do not fall "
                          "below the rules'; where supply is added: combined supply P >= 0.88 on dev and >= 0.87 on the "
                          "fresh fold, added supply ties' own P >= 0.80 on dev (fresh included) and >= 0.80 on the fresh "
                          "fold where it has at least 5 added supplies; settings within 0.002 of the best dev status-weighted F1 "
                          "are equals, and of them the one fewest grid steps from the thresholds shipped before is taken",
        "auc_out_of_fold": aucs,
        "thresholds": thr,
        "dev_rules": base, "dev_oof_with_admitter": fig, "fresh_rules": base_fresh, "fresh_oof_with_admitter": fr,
        "relations_added_dev_oof": n_add,
        "status_head": {"out_of_fold_accuracy_on_gold_ties": st_acc, "shipped": use_head},
    }
    CARD_PATH.write_text(json.dumps(card, indent=2) + "\n")
    print("wrote", WEIGHTS_PATH, CARD_PATH, f"{WEIGHTS_PATH.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
