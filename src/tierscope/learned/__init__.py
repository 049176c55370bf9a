"""Learned relation extraction that helps the rule extractor (see docs/learned.md).

``PairAdmitter`` (``tierscope.pair_admitter.v1``, in the default pipeline after ``RelationExtractor``)
adds a tie between two companies of one sentence that the rules left untied, where a small logistic
regression per family finds it likely; plain Python, weights in ``pair_weights.json``.

``NearAdmitter`` (``tierscope.near_admitter.v1``, optional, not in the default pipeline: put it after
``PairAdmitter`` in a pipeline of your own) adds a tie between a company of one sentence and one of the
next, told across the two; weights in ``near_weights.json``.

``RelationFilter`` (``tierscope.relation_filter.v1``, optional, not in the default pipeline;
``rule_filter.with_filter`` puts it after the last relation adder of a pipeline of your own) drops rule relations a small logistic
regression finds unlikely, by the thresholds of its card ``filter.json``; plain Python, weights in
``filter_weights.json``. The admitters before it read the rules' whole output, so none adds back a pair
it drops, and it never judges their additions.

``LearnedRelations`` (``tierscope.learned_relations.v1``, optional) runs after ``RelationExtractor``: a
pair classifier and a status classifier over multilingual sentence embeddings, combined with the rule
output by a configurable policy. Weights ship in ``model.npz`` (numpy at run time); the card
``model.json`` lists the training data and figures. Nothing heavy is loaded at import: the names of
``component`` (which needs numpy, an optional dependency) are imported on first use.
"""

from .near_admitter import NearAdmitter
from .pair_admitter import PairAdmitter
from .rule_filter import RelationFilter

__all__ = ["LearnedRelations", "POLICIES", "load_weights", "MODEL_PATH", "CARD_PATH", "NearAdmitter", "PairAdmitter", "RelationFilter"]
_LAZY = {"LearnedRelations", "POLICIES", "load_weights", "MODEL_PATH", "CARD_PATH"}


def __getattr__(name: str):
    if name in _LAZY:
        from . import component

        return getattr(component, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
