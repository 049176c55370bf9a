"""Name resolution: one node per company. Pure functions over plain data (no store, no CLI).

``normalize``/``acronym`` are string functions; ``Resolver(known, decisions).resolve(names)`` maps
every name seen in a corpus to its cluster's representative; ``evaluate_pairs`` scores a resolver
on labelled name pairs.
"""

from .names import acronym, acronym_variants, display_name, normalize
from .renames import former_names
from .resolver import Decision, KnownEntity, PairScores, Resolver, evaluate_pairs

__all__ = [
    "normalize",
    "acronym",
    "acronym_variants",
    "display_name",
    "Resolver",
    "KnownEntity",
    "Decision",
    "PairScores",
    "evaluate_pairs",
    "former_names",
]
