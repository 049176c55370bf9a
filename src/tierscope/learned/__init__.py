"""Learned relation extraction that helps the rule extractor (see docs/learned.md).

``LearnedRelations`` (``tierscope.learned_relations.v1``) runs after ``RelationExtractor``: a pair
classifier and a status classifier over multilingual sentence embeddings, combined with the rule
output by a configurable policy. Weights ship in ``model.npz`` (numpy only at run time); the card
``model.json`` lists the training data and figures. Nothing heavy is loaded at import.
"""

from .component import CARD_PATH, MODEL_PATH, POLICIES, LearnedRelations, load_weights

__all__ = ["LearnedRelations", "POLICIES", "load_weights", "MODEL_PATH", "CARD_PATH"]
