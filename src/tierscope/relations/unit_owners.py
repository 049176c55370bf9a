"""A company named only as the owner of the unit that sells or buys is no party to the unit's supply.

    "Ab 2028 soll die Tochter des Chemiekonzerns Brakon Anoden an Selvio liefern."       -> no Brakon -> Selvio
    "La filiale du sidérurgiste Brakon livrera des cathodes à Selvio."                   -> no Brakon -> Selvio
    "The Brakon-owned manufacturer said Selvio will deliver cells to its plant."          -> no Selvio -> Brakon
    "Die Sitze liefert die ebenfalls zu Brakon gehörende Quarda."                         -> no Brakon -> Selvio

The sentence's seller (or buyer) is "the subsidiary of P", "P's unit", "the P-owned manufacturer": a
company the page often names elsewhere. The readers take the one name in the noun phrase, the owner's,
for the party. The labelling guidelines tie the supply to the unit (and the owner to the unit by
``owns``); a supply whose party is named, in its evidence, only so is dropped.
"""

from __future__ import annotations

import re

from ..doc import Document, Relation
from .evidence_names import drop_supplies

__all__ = ["drop_unit_owners"]

#: "the subsidiary of [the steel group] P" in the five languages: a determiner, the unit noun, a few words
#: of description, the genitive link, up to three words of description before the name
_UNIT_OF = re.compile(
    r"\b(?:the|its|la|sa|die|ihre|seine|der|il|sua|el|su)\s+(?:[\w-]+\s+)?"
    r"(?:subsidiary|unit|division|arm|filiale|controllata|filial|Tochter(?:gesellschaft|firma)?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:of(?: the)?|de(?: la| l['’])?|du|des|d['’]|di|del|della|dello|dell['’]|vom|von|der)"
    r"\s*(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: "the P-owned manufacturer", "die P-Tochter"
_OWNED_AFTER = re.compile(r"^-(?:owned|controlled|Tochter)\b"
                          # the German participle before the unit: "die ebenfalls zu P gehörende Y"
                          r"|^\s+gehörende[nmrs]?\b")


def _owner_only(text: str, ev_start: int, mentions: list, name: str, others: list) -> bool:
    own = [m for m in mentions if m.canonical == name]
    if not own:
        return False
    for m in own:
        lo = max(ev_start, m.start - 80)
        u = _UNIT_OF.search(text, lo, m.start)
        # (the unit noun itself may be a reference back to the unit, "La filial" = the unit named in the
        # sentence before: that is the phrase, not a company between it and the owner)
        if u is not None and not any(u.start() < o.start < m.start or (o.start == u.start() and o.source != "coref")
                                     for o in others):
            continue
        if _OWNED_AFTER.match(text[m.end : m.end + 12]):
            continue
        return False
    return True


def drop_unit_owners(relations: list[Relation], doc: Document) -> list[Relation]:
    """``relations`` less the supplies whose party is named only as the owner of the acting unit."""
    return drop_supplies(
        relations, doc,
        lambda text, inside, r: any(_owner_only(text, r.evidence.start, inside, name, inside) for name in (r.source, r.target)))
