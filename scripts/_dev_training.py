"""What the trainers of the learned parts on the dev set share (scripts/train_pair_admitter.py,
scripts/train_near_admitter.py, scripts/train_relation_filter.py): the folds grouped by page (the two
admitters' fresh fold), gold and reading keys, the rules' output on every dev page
(cached), sparse rows from hashed slots, and the evaluator's figures. Training only: scikit-learn and
scipy are imported here, never by the package."""

from __future__ import annotations

import pickle
import re
import zlib
from pathlib import Path

import numpy as np

from tierscope.doc import FAMILIES
from tierscope.eval import evaluate, extract_gold_docs
from tierscope.eval.score import family_key

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "dev" / "gold.jsonl"
#: the learned parts' families, and their fresh fold: dev batches 29 to 32 (the freshest pages, 120), numbers per
#: language; four batches because the admitters' supply additions on one or three batches were small samples
#: that disagreed with the unseen pages (slid by one batch before each round's training, the twenty-fourth's last)
FAMS = ("supply", "partnership", "ownership")
FRESH = {"en": (168, 191), "fr": (168, 191), "it": (176, 199), "de": (176, 199), "es": (169, 192)}
FRESH_BATCHES = "29-32"


def fold_of(doc_id: str, fresh: dict[str, tuple[int, int]]) -> int:
    """0 for a page of the fresh batches (number ranges per language), else 1–5 by the id's hash."""
    m = re.match(r"dev-(\w\w)-(\d+)$", doc_id)
    if m and m.group(1) in fresh and fresh[m.group(1)][0] <= int(m.group(2)) <= fresh[m.group(1)][1]:
        return 0
    return 1 + zlib.crc32(doc_id.encode()) % 5


def rule_docs(gold, cache: Path, refresh: bool):
    """The rules' output for every dev page: the default pipeline without its learned components (a
    learned part is trained on what the rules alone say), cached in ``cache``/dev-docs.pkl."""
    p = cache / "dev-docs.pkl"
    if p.exists() and not refresh:
        return pickle.loads(p.read_bytes())[0]
    from tierscope.pipeline import Pipeline, default_components

    pipe = Pipeline([c for c in default_components() if not type(c).__module__.startswith("tierscope.learned.")])
    docs, rejected = extract_gold_docs(gold, DEV.parent, pipe)
    cache.mkdir(parents=True, exist_ok=True)
    p.write_bytes(pickle.dumps((docs, rejected)))
    return docs


def csr(rows, dim: int):
    """A sparse 0/1 matrix with one row per list of hashed slots."""
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(s) for s in rows])
    idx = np.fromiter((i for s in rows for i in s), np.int64, indptr[-1])
    return csr_matrix((np.ones(len(idx), np.float32), idx, indptr), shape=(len(rows), dim))


def fit(X, y, c: float, max_iter: int):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=max_iter, solver="liblinear", random_state=0).fit(X, y)


def figures(gold, docs, matcher, detail: bool = False) -> dict:
    """Family F1/P/R, status accuracy and supply precision (four places); with ``detail`` also F1 by
    family and by language."""
    rep = evaluate(gold, docs, matcher).to_dict()
    f = rep["family_overall"]
    out = {"f1": round(f["f1"], 4), "p": round(f["precision"], 4), "r": round(f["recall"], 4),
           "status": round(rep["status"]["overall"]["accuracy"], 4),
           "supply_p": round(rep["by_family"]["supply"]["precision"], 4)}
    if detail:
        out["by_family"] = {k: round(v["f1"], 4) for k, v in rep["by_family"].items()}
        out["by_language"] = {k: round(v["f1"], 4) for k, v in rep["family_by_language"].items()}
    return out


def gold_keys(g, matcher):
    """The page's gold ties as family keys, in the families the page labels."""
    allowed = {FAMILIES[t] for t in (g.types or FAMILIES)}
    return {family_key(r.type, r.source, r.target, matcher) for r in g.relations if FAMILIES[r.type] in allowed}


def reading_key(reading, a, b, matcher):
    """The family key of pair (a, b) read as ``reading`` ("supply:ab", "partnership:", ...)."""
    fam, _, way = reading.partition(":")
    typ = {"supply": "supplies", "partnership": "partners_with", "ownership": "owns"}[fam]
    return family_key(typ, b, a, matcher) if way == "ba" else family_key(typ, a, b, matcher)


def auc(y, p):
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, p)), 3) if 0 < y.sum() < len(y) else None


def fit_weights(models, c: float) -> tuple[dict, int]:
    """One final fit per family on all pages (``models``: family -> (rows, labels)), as the plain-Python
    weights the admitters load: bias and non-zero weights by slot. Also the count of non-zero weights."""
    out, n_w = {}, 0
    for fam in FAMS:
        M, y = models[fam]
        mdl = fit(M, y, c, 3000)
        w = mdl.coef_[0]
        nz = np.flatnonzero(np.abs(w) > 1e-3)
        n_w += len(nz)
        out[fam] = {"bias": round(float(mdl.intercept_[0]), 6), "weights": {str(int(i)): round(float(w[i]), 4) for i in nz}}
    return out, n_w
