"""Two companies named side by side, each after the same preposition, hold one role: no supply between them.

    "We have signed contracts with Kestrel and with Nordia, which will take the first deliveries."
    "Abbiamo contratti firmati con Kestrel e con Nordia, che riceveranno le prime consegne."
    "Nous avons signé des contrats avec Kestrel et avec Nordia, qui recevront les premières livraisons."
    "Hemos firmado contratos con Kestrel y con Nordia, que recibirán las primeras entregas."
    "Wir haben Verträge mit Kestrel und mit Nordia unterzeichnet, die die ersten Lieferungen erhalten."
                                                               -> no supply between Kestrel and Nordia

The preposition said again after "and" makes the two names peers of one verb: both counterparts
(customers, suppliers, partners) of a third party, often the speaker. The readers that direct a
supply by the gazetteer's chain, or take one party from the story, pair the two with each other
(a cell maker "sells" to the carmaker beside it). A supply whose two parties are named only so in
its evidence, the second right after the first with the same preposition, is dropped.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_supplies

__all__ = ["drop_parallel_parties"]

#: the prepositions that may open each of two parallel names
_PREP = {
    "en": r"with|to|from|for",
    "it": r"con|a|ad|da|per|al|alla|dal|dalla",
    "fr": r"avec|à|au|de|d['’]|pour|chez|auprès de",
    "es": r"con|a|al|de|del|para",
    "de": r"mit|an|von|vom|für|bei",
}
_AND = r"(?:and|e|ed|et|y|und)"
#: the gap between the first name and the second: "and with", "e con", ", et avec", " y a la "
_GAP = {lang: re.compile(r"\s*,?\s*" + _AND + r"\s+(?P<p>" + p + r")\s*(?:(?:the|il|la|lo|l['’]|le|les|el|los|las|der|die|dem|den)\s+)?$",
                         re.IGNORECASE) for lang, p in _PREP.items()}
_BEFORE = {lang: re.compile(r"\b(?P<p>" + p + r")\s*(?:(?:the|il|la|lo|l['’]|le|les|el|los|las|der|die|dem|den)\s+)?$", re.IGNORECASE)
           for lang, p in _PREP.items()}


def _parallel(text: str, inside: list, r: Relation, lang: str) -> bool:
    """Whether every mention of one party is followed, past "and" and the same preposition, by one of the other."""
    gap, before = _GAP[lang], _BEFORE[lang]
    for a, b in ((r.source, r.target), (r.target, r.source)):
        firsts = [m for m in inside if m.canonical == a]
        seconds = [m for m in inside if m.canonical == b]
        if not firsts or not seconds:
            return False
        for m1 in firsts:
            for m2 in seconds:
                if m2.start <= m1.end:
                    continue
                g = gap.match(text, m1.end, m2.start)
                p = before.search(text, max(0, m1.start - 30), m1.start)
                if g and p and g.group("p").lower() == p.group("p").lower() and len(firsts) == len(seconds) == 1:
                    return True
    return False


def drop_parallel_parties(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies between two names each told after the same preposition."""
    lang = doc.language or ""
    if lang not in _GAP:
        return relations
    return drop_supplies(relations, doc, lambda text, inside, r: _parallel(text, inside, r, lang))
