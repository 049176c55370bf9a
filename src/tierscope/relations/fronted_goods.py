"""A sentence that opens with a phrase about goods before its subject, with no comma: "Per le batterie
Brixo si affida a Kestrel", "Per i moduli Brixo ha scelto Kestrel", "For its cells Brixo relies on
Kestrel", "Pour ses cellules Brixo s'appuie sur Kestrel". The preposition governs the goods, not the
name after them: read as the name's marker, it made the subject an oblique ("for Brixo") and the tie
was lost. Italian and Spanish papers leave that comma out as often as not.

Asked by ``groups.assign_markers``: a preposition that opens the sentence, with an article (or a
possessive) and goods the product list knows between it and the name, and the word before the name in
lower case (the goods' noun, not part of a name)."""

from __future__ import annotations

import re

from .products import products_in

__all__ = ["fronted_goods"]

# the prepositions that front such a phrase
_FRONTING = frozenset("per for pour para für".split())
# an article or a possessive right after the preposition
_DETERMINER = re.compile(
    r"\s*(?:il|lo|la|i|gli|le|l['’]|the|its|their|les|ses|leurs|el|los|las|sus|su|die|den|seine|ihre)\b", re.IGNORECASE)


def fronted_goods(text: str, marker: str, marker_start: int, name_start: int) -> bool:
    """Is ``marker`` (found at ``marker_start``) a fronted phrase's preposition governing goods, so that
    the name at ``name_start`` stands outside it?"""
    if marker.casefold() not in _FRONTING or text[:marker_start].strip():
        return False
    after = marker_start + len(marker)
    if _DETERMINER.match(text, after) is None:
        return False
    between = text[after:name_start]
    words = between.split()
    if not words or not words[-1][:1].islower() or any(c in between for c in ",;:()"):
        return False
    return bool(products_in(between))
