"""``RelationFilter``: a learned precision filter on the rules' own relations (docs/learned.md).

Runs after ``RelationExtractor``. Each rule relation gets a probability of being right from a
logistic regression over ``filter_features`` (hashed words between and around the two masked names,
the relation's type, status, confidence, language ...); a relation below its family's threshold is
dropped. It adds nothing and changes no status. Weights (``filter.npz``, sparse, float16) and the
thresholds (``filter.json``) come from ``scripts/train_relation_filter.py``. Nothing is loaded at
import or construction; ``warm_up()`` (or the first call) loads them. numpy only at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..doc import FAMILIES, Document, Relation
from .filter_features import DIM, feature_slots

HERE = Path(__file__).resolve().parent
WEIGHTS_PATH = HERE / "filter.npz"
CARD_PATH = HERE / "filter.json"


class RelationFilter:
    name = "tierscope.relation_filter.v1"
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(self, thresholds: dict[str, float] | None = None, weights: Path | None = None):
        self._thresholds = thresholds
        self._path = Path(weights) if weights else WEIGHTS_PATH
        self._w: np.ndarray | None = None
        self._b = 0.0

    def warm_up(self) -> None:
        if self._w is not None:
            return
        with np.load(self._path, allow_pickle=False) as z:
            if int(z["dim"][0]) != DIM:
                raise ValueError(f"{self._path}: hashed for {int(z['dim'][0])} slots, features use {DIM}")
            w = np.zeros(DIM, np.float32)
            w[z["idx"]] = z["w"].astype(np.float32)
            self._b = float(z["b"][0])
        if self._thresholds is None:
            self._thresholds = json.loads(CARD_PATH.read_text())["thresholds"]
        self._w = w

    def scores(self, doc: Document, rels: list[Relation]) -> np.ndarray:
        """Probability that each of ``rels`` (relations of ``doc``) is right."""
        self.warm_up()
        z = np.array([self._w[s].sum() for s in feature_slots(doc, rels)], np.float64) + self._b
        return 1.0 / (1.0 + np.exp(-z))

    def __call__(self, doc: Document) -> Document:
        if not doc.relations:
            return doc
        p = self.scores(doc, doc.relations)
        doc.relations = [r for r, s in zip(doc.relations, p) if s >= self._thresholds.get(FAMILIES[r.type], 0.0)]
        return doc
