"""German verb second with the goods as the subject after the verb: "Bislang stammt der Großteil der
Zellen für die Baureihen der Norvik AG von Kestrel", "Seit 2024 stammen die Zellen für Brixo von Kestrel".
An adverb holds the first place, so the verb of origin comes before its subject, and the goods' customer
(after "für", or a genitive owner of the goods' vehicles) stands between the verb and the supplier's
"von". The frames read the goods and their customer before the verb only; this reads them after it.

Only where the stretch from the verb to the supplier holds goods before the customer and no clause
break, and the customer is the only company in it."""

from __future__ import annotations

import re

from .groups import Group, has
from .products import _PRODUCT_RX

_BREAK = re.compile(r"[,;:()]")


def inverted_goods_owner(lex, groups: list[Group], t1: int, agent: Group, text: str) -> Group | None:
    """The customer named between the verb's end ``t1`` and the supplier ``agent``, or None."""
    if _BREAK.search(text, t1, agent.marker_start):
        return None
    inside = [g for g in groups if t1 <= g.start and g.end <= agent.marker_start]
    if len(inside) != 1:
        return None
    owner = inside[0]
    if not (has(lex, "of", owner) or has(lex, "recipient", owner)):
        return None
    product = _PRODUCT_RX.search(text, t1, owner.marker_start)
    return owner if product is not None else None
