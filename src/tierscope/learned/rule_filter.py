"""``RelationFilter``: a learned precision filter on the rules' own relations (docs/learned.md).

Runs after ``RelationExtractor``. Each rule relation gets a probability of being right from a
logistic regression over ``filter_features`` (the relation's type, status, confidence and language,
order and distance of the two masked names in its evidence, how each name was found and its gazetteer
sectors, how the pair admitter sees the two names ...); a relation below its family's threshold is
dropped. It adds nothing and changes no status. What it dropped from the last page stays readable
(``dropped_from``) for the pair admitter after it, which reads the rules' whole output. Weights (``filter_weights.json``: the non-zero ones,
by hashed slot) and the thresholds (``filter.json``) come from ``scripts/train_relation_filter.py``.
Nothing is loaded at import or construction; ``warm_up()`` (or the first call) loads them. Plain
Python at run time: a score is a sum of a few dozen weights, and numpy is no dependency of the core.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..doc import FAMILIES, Document, Relation
from .filter_features import DIM, GROUPS, feature_slots

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
        self._groups: tuple[str, ...] = GROUPS
        self._last: tuple[Document, list[Relation]] | None = None

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

    def scores(self, doc: Document, rels: list[Relation]) -> list[float]:
        """Probability that each of ``rels`` (relations of ``doc``) is right."""
        self.warm_up()
        w = self._w
        return [1.0 / (1.0 + math.exp(-(self._b + sum(w.get(i, 0.0) for i in s)))) for s in feature_slots(doc, rels, self._groups)]

    def dropped_from(self, doc: Document) -> list[Relation]:
        """The rule relations this filter took off ``doc``, where ``doc`` is the page it filtered last
        (the pipeline runs one page through every stage in turn), else none. The pair admitter reads
        them: it was trained on the rules' whole output, and a tie dropped here must stay tied for it,
        or it could add the same pair back."""
        last = self._last
        return list(last[1]) if last is not None and last[0] is doc else []

    def __call__(self, doc: Document) -> Document:
        self._last = None
        if not doc.relations:
            return doc
        self.warm_up()
        thr = self._thresholds
        # only the families with a threshold are scored (the rest are kept whatever their score): speed
        judged = [r for r in doc.relations if thr.get(FAMILIES[r.type], 0.0) > 0.0]
        if not judged:
            return doc
        low = {id(r) for r, s in zip(judged, self.scores(doc, judged)) if s < thr[FAMILIES[r.type]]}
        kept = [r for r in doc.relations if id(r) not in low]
        dropped = [r for r in doc.relations if id(r) in low]
        doc.relations = kept
        self._last = (doc, dropped)
        return doc


def with_filter(components: list) -> list:
    """``components`` (``pipeline.default_components()`` or the like) with a ``RelationFilter`` right
    after ``RelationExtractor``, and the ``PairAdmitter`` after it given the filter, so that it reads the
    rules' whole output and never adds back a pair the filter dropped."""
    from .pair_admitter import PairAdmitter

    names = [c.name for c in components]
    i = names.index("tierscope.relations.v1")
    filt = RelationFilter()
    out = list(components[: i + 1]) + [filt]
    for c in components[i + 1 :]:
        if isinstance(c, PairAdmitter):
            c.rule_filter = filt
        out.append(c)
    return out
