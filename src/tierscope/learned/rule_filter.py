"""``RelationFilter``: a learned precision filter on the rules' own relations (docs/learned.md).

Runs after ``PairAdmitter`` (or ``RelationExtractor`` where there is none) and judges only the rules' own
relations (``component`` ``tierscope.relations.v1``). Each gets a probability of being right from a
logistic regression over ``filter_features`` (the relation's type, status, confidence and language,
order and distance of the two masked names in its evidence, how each name was found and its gazetteer
sectors, how the pair admitter sees the two names ...); a relation below its family's threshold is
dropped. It adds nothing and changes no status. Placed after the admitters, it leaves them the rules'
whole output, on which they were trained: a pair the filter drops was tied when they read the page, so
none of them adds it back, and their additions are the same with or without the filter (which never
judges them, and whose page counts read the rules' relations alone: ``filter_features.rules_page``).
Weights (``filter_weights.json``: the non-zero ones, by hashed slot) and the thresholds (``filter.json``) come from ``scripts/train_relation_filter.py``.
Nothing is loaded at import or construction; ``warm_up()`` (or the first call) loads them. Plain
Python at run time: a score is a sum of a few dozen weights, and numpy is no dependency of the core.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..doc import FAMILIES, Document, Relation
from ..relations.known_roles import reads_trades
from .filter_features import ADDERS, DIM, GROUPS, feature_slots

HERE = Path(__file__).resolve().parent
WEIGHTS_PATH = HERE / "filter_weights.json"
CARD_PATH = HERE / "filter.json"
RULES = "tierscope.relations.v1"  # the rule extractor's component name: the relations judged


class RelationFilter:
    name = "tierscope.relation_filter.v1"
    requires = ("sentences", "mentions", "language", "relations")
    produces = ("relations",)

    def __init__(self, thresholds: dict[str, float] | None = None, weights: Path | None = None):
        self._thresholds = thresholds
        self._path = Path(weights) if weights else WEIGHTS_PATH
        self._w: dict[int, float] | None = None
        self._b = 0.0
        self._groups: tuple[str, ...] = GROUPS

    def warm_up(self) -> None:
        if self._w is not None:
            return
        z = json.loads(self._path.read_text(encoding="utf-8"))
        if z["dim"] != DIM:
            raise ValueError(f"{self._path}: hashed for {z['dim']} slots, features use {DIM}")
        self._b = float(z["bias"])
        self._groups = tuple(z.get("groups", ()))  # the identity groups the weights were fitted with
        if self._thresholds is None:
            self._thresholds = json.loads(CARD_PATH.read_text(encoding="utf-8"))["thresholds"]
        self._w = {int(k): float(v) for k, v in z["weights"].items()}

    @reads_trades
    def scores(self, doc: Document, rels: list[Relation]) -> list[float]:
        """Probability that each of ``rels`` (relations of ``doc``) is right."""
        self.warm_up()
        w = self._w
        return [1.0 / (1.0 + math.exp(-(self._b + sum(w.get(i, 0.0) for i in s)))) for s in feature_slots(doc, rels, self._groups)]

    @reads_trades
    def __call__(self, doc: Document) -> Document:
        if not doc.relations:
            return doc
        self.warm_up()
        thr = self._thresholds
        # the rules' relations of the families with a threshold are scored, nothing else (speed; the
        # admitters' additions passed their own thresholds)
        judged = [r for r in doc.relations if r.component == RULES and thr.get(FAMILIES[r.type], 0.0) > 0.0]
        if not judged:
            return doc
        low = {id(r) for r, s in zip(judged, self.scores(doc, judged)) if s < thr[FAMILIES[r.type]]}
        if low:
            doc.relations = [r for r in doc.relations if id(r) not in low]
        return doc


def with_filter(components: list) -> list:
    """``components`` with a ``RelationFilter`` right after the last relation adder before the facilities
    (``PairAdmitter``, ``NearAdmitter``; else ``RelationExtractor``), unless one is there already."""
    names = [c.name for c in components]
    if RelationFilter.name in names:
        return list(components)
    adders = [i for i, n in enumerate(names) if n == RULES or n in ADDERS]
    i = adders[-1] if adders else len(components) - 1
    return list(components[: i + 1]) + [RelationFilter()] + list(components[i + 1 :])
