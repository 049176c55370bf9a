"""``RelationFilter``: a learned precision filter on the rules' own relations (docs/learned.md).

Runs after ``RelationExtractor``. Each rule relation gets a probability of being right from a
logistic regression over ``filter_features`` (the relation's type, status, confidence and language,
order and distance of the two masked names in its evidence, how each name was found and its gazetteer
sectors ...); a relation below its family's threshold is dropped. It adds nothing and changes no status. Weights (``filter_weights.json``: the non-zero ones,
by hashed slot) and the thresholds (``filter.json``) come from ``scripts/train_relation_filter.py``.
Nothing is loaded at import or construction; ``warm_up()`` (or the first call) loads them. Plain
Python at run time: a score is a sum of a few dozen weights, and numpy is no dependency of the core.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..doc import FAMILIES, Document, Relation
from .filter_features import DIM, feature_slots

HERE = Path(__file__).resolve().parent
WEIGHTS_PATH = HERE / "filter_weights.json"
CARD_PATH = HERE / "filter.json"


class RelationFilter:
    name = "tierscope.relation_filter.v1"
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(self, thresholds: dict[str, float] | None = None, weights: Path | None = None):
        self._thresholds = thresholds
        self._path = Path(weights) if weights else WEIGHTS_PATH
        self._w: dict[int, float] | None = None
        self._b = 0.0

    def warm_up(self) -> None:
        if self._w is not None:
            return
        z = json.loads(self._path.read_text(encoding="utf-8"))
        if z["dim"] != DIM:
            raise ValueError(f"{self._path}: hashed for {z['dim']} slots, features use {DIM}")
        self._b = float(z["bias"])
        if self._thresholds is None:
            self._thresholds = json.loads(CARD_PATH.read_text(encoding="utf-8"))["thresholds"]
        self._w = {int(k): float(v) for k, v in z["weights"].items()}

    def scores(self, doc: Document, rels: list[Relation]) -> list[float]:
        """Probability that each of ``rels`` (relations of ``doc``) is right."""
        self.warm_up()
        w = self._w
        return [1.0 / (1.0 + math.exp(-(self._b + sum(w.get(i, 0.0) for i in s)))) for s in feature_slots(doc, rels)]

    def __call__(self, doc: Document) -> Document:
        if not doc.relations:
            return doc
        p = self.scores(doc, doc.relations)
        doc.relations = [r for r, s in zip(doc.relations, p) if s >= self._thresholds.get(FAMILIES[r.type], 0.0)]
        return doc
