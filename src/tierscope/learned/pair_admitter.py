"""``PairAdmitter``: a learned adder of the ties the rules leave out (docs/learned.md).

Runs after ``RelationExtractor``. The rules are precise but miss about a third of the ties, many of
them between two companies the sentence names together. For every such pair the rules tied in no
family on the page (``pair_features.candidates``), three small logistic regressions (supply,
partnership, ownership; a directed family read both ways) give the probability that the sentence
tells that tie; a reading at or above its family's threshold is added, one per family and pair (the
best of its sentences), with the status the rules' own reading (``status_for``) gives the sentence
around the family's nearest trigger, and the sentence as evidence. Weights (``pair_weights.json``,
the non-zero ones by hashed slot) and thresholds (``pair_admitter.json``) come from
``scripts/train_pair_admitter.py``. Nothing is loaded at import or construction: ``warm_up()`` (or
the first page) loads them. Plain Python at run time.

The precision filter (``RelationFilter``) runs after it, so it reads the rules' whole output, on
which it was trained.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from pathlib import Path

from ..doc import Document, Evidence, Relation
from ..relations.compiled import compiled
from ..relations.owner_parties import drop_non_parties
from ..relations.status import status_for
from ..relations.known_roles import reads_trades
from .advisers import _patterns as _adviser_patterns, advises
from .pair_context import _rel_rx
from .pair_features import DIM, LANGS, READINGS, Candidate, candidate_slots, candidates
from .pair_status import page_status_cues, predict, status_features

HERE = Path(__file__).resolve().parent
WEIGHTS_PATH = HERE / "pair_weights.json"
CARD_PATH = HERE / "pair_admitter.json"
STATUS_PATH = HERE / "pair_status.json"
NAME = "tierscope.pair_admitter.v1"
#: the type an admitted tie takes where the sentence holds no trigger of its family: the commonest of the family
_FALLBACK = {"supply": "supplies", "partnership": "joint_venture", "ownership": "owns"}


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -50 else 0.0


def _nearest_cue(c: Candidate, fam: str, lo: int, hi: int):
    best = None
    for cue in c.cues:
        if cue[0] != fam:
            continue
        d = 0 if lo <= cue[3] <= hi else min(abs(cue[3] - lo), abs(cue[3] - hi))
        if best is None or d < best[0]:
            best = (d, cue)
    return best[1] if best else None


def _adviser_in(doc: Document, c: Candidate) -> bool:
    """Whether one of the pair is named as an adviser on the deal (``advisers.py``): no party to it."""
    s = doc.sentences[c.sentence]
    text = doc.text[s.start:s.end]
    return any(advises(doc.language, text, m.start - s.start, m.end - s.start) for m in (c.ma, c.mb) if m.end > m.start)


def admitted_relation(doc: Document, c: Candidate, reading: str, score: float,
                      status_model: dict | None = None) -> Relation | None:
    """The relation ``c`` read as ``reading`` stands for, with its status; None where the status
    reading drops it (a negation with no tie between named companies). With ``status_model`` (the
    learned status head, ``pair_status``) the status is the head's, which weighs the rules' own reading
    among the other cues."""
    fam, _, way = reading.partition(":")
    s = doc.sentences[c.sentence]
    text = doc.text[s.start:s.end]
    a0, a1 = c.ma.start - s.start, c.ma.end - s.start
    b0, b1 = c.mb.start - s.start, c.mb.end - s.start
    lo, hi = min(a1, b1), max(a0, b0)
    cue = _nearest_cue(c, fam, min(a0, b0), max(a1, b1))
    if cue is not None:
        typ, t0, t1, default = cue[1], cue[3], cue[4], cue[5] or "active"
    else:
        typ, t0, t1, default = _FALLBACK[fam], lo, max(lo, hi), "active"
    status, _ = status_for(compiled(doc.language), text, t0, t1, default, [(a0, a1), (b0, b1)], refusable=True)
    if status is None:
        return None
    if status_model:
        feats = status_features(doc.language, fam, text, min(a0, b0), max(a1, b1), cue, status,
                                page_status_cues(doc.language, doc.text))
        status = predict(status_model, feats)[0]
    src, tgt = (c.b, c.a) if way == "ba" else (c.a, c.b)
    if not way:
        src, tgt = sorted((src, tgt))
    return Relation(type=typ, source=src, target=tgt, status=status, evidence=Evidence(text, s.start, s.end),
                    confidence=round(score, 3), component=NAME)


def best_readings(doc: Document, cands: list, scores: list[dict[str, float]], thresholds: dict[str, float],
                  adviser_in) -> list[tuple[float, object, str]]:
    """Per family and pair the best-scoring reading that reaches the family's threshold, as (score,
    candidate, reading) in the order of the candidates' sentence and names; a candidate one of whose
    names ``adviser_in(doc, c)`` finds an adviser is left out. Shared with the near admitter."""
    best: dict[tuple, tuple[float, object, str]] = {}
    floor = min(thresholds.values(), default=1.0)
    for c, sc in zip(cands, scores):
        if max(sc.values(), default=0.0) < floor or adviser_in(doc, c):
            continue
        for reading, p in sc.items():
            fam = reading.partition(":")[0]
            thr = thresholds.get(fam)
            if thr is None or p < thr:
                continue
            key = (fam, frozenset((c.a, c.b)))
            if key not in best or p > best[key][0]:
                best[key] = (p, c, reading)
    return sorted(best.values(), key=lambda x: (x[1].sentence, x[1].a, x[1].b, x[2]))


def admit(doc: Document, cands: list[Candidate], scores: list[dict[str, float]],
          thresholds: dict[str, float], status_model: dict | None = None) -> list[Relation]:
    """The relations to add: per family and pair the best-scoring reading over its sentences, where it
    reaches the family's threshold."""
    out = []
    for p, c, reading in best_readings(doc, cands, scores, thresholds, _adviser_in):
        rel = admitted_relation(doc, c, reading, p, status_model)
        if rel is not None:
            out.append(rel)
    return out


class PairAdmitter:
    name = NAME
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(self, thresholds: dict[str, float] | None = None, weights: Path | None = None):
        self._thresholds = thresholds
        self._path = Path(weights) if weights else WEIGHTS_PATH
        self._models: dict[str, tuple[float, dict[int, float]]] | None = None
        self._status: dict[str, tuple[float, dict[str, float]]] | None = None
        self._status_path = STATUS_PATH if weights is None else None  # other weights: the rules' statuses

    def warm_up(self) -> None:
        if self._models is not None:
            return
        for lang in LANGS:  # (the patterns the features compile on first use otherwise)
            _adviser_patterns(lang)
            _rel_rx(lang)
        z = json.loads(self._path.read_text(encoding="utf-8"))
        if z["dim"] != DIM:
            raise ValueError(f"{self._path}: hashed for {z['dim']} slots, features use {DIM}")
        if self._thresholds is None:
            self._thresholds = json.loads(CARD_PATH.read_text(encoding="utf-8"))["thresholds"]
        if self._status_path is not None and self._status_path.exists():
            st = json.loads(self._status_path.read_text(encoding="utf-8"))
            self._status = {s: (float(m["bias"]), {k: float(v) for k, v in m["weights"].items()}) for s, m in st.items()}
        self._models = {fam: (float(m["bias"]), {int(k): float(v) for k, v in m["weights"].items()})
                        for fam, m in z["models"].items()}

    @reads_trades
    def scores(self, doc: Document, cands: list[Candidate]) -> list[dict[str, float]]:
        """The probability of each reading of each candidate."""
        self.warm_up()
        models = [(reading, *self._models[reading.partition(":")[0]]) for reading in READINGS]
        out = []
        for slots in candidate_slots(doc, cands):
            # (the weights summed in the slots' sorted order, as ever: the same floats)
            out.append({reading: _sigmoid(b + sum(map(w.get, slots[reading], repeat(0.0)))) for reading, b, w in models})
        return out

    @reads_trades
    def __call__(self, doc: Document) -> Document:
        cands = candidates(doc)
        if not cands:
            return doc
        self.warm_up()
        # an ownership whose party the sentence calls a marque, a family, a person or a plant is no tie the
        # guidelines count ("X, a brand of the Y group"): dropped as the rules drop theirs
        added = drop_non_parties(admit(doc, cands, self.scores(doc, cands), self._thresholds, self._status), doc)
        doc.relations = list(doc.relations) + added
        return doc
