"""Relations between companies and the plants they build, from one document's sentences and mentions.

``RelationExtractor`` (``tierscope.relations.v1``) fills ``doc.relations``; ``FacilityExtractor``
(``tierscope.facilities.v1``) fills ``doc.facilities``. Both are rule-based: trigger lexicons per
language in ``relations/lexicon/`` and one language-neutral engine (``relations/engine.py``, the
face of ``compiled``, ``groups``, ``frames/``, ``status``...; see docs/architecture.md).
"""

from .extractor import RelationExtractor
from .facilities import FacilityExtractor

__all__ = ["RelationExtractor", "FacilityExtractor"]
