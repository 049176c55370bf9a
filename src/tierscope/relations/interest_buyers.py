"""The company whose interest in a purchase is told, with the purchase right after the interest
("an interest from Norvik in buying Brixo", "un intérêt de Norvik pour racheter Brixo", "un
presunto interesse di Norvik per l'acquisizione di Brixo", "el interés de Norvik por comprar Brixo",
"das Interesse von Norvik an einer Übernahme von Brixo"): the buyer, whom the purchase verb's
frame found no subject for (the name sits after "of", which marks no subject). The status comes
from the sentence as for any purchase (a rumour, a denial). Used by ``frames/deals.py``.
"""

from __future__ import annotations

import re

from .compiled import Compiled
from .groups import Group, has

__all__ = ["interested_buyer"]

_I = re.IGNORECASE
#: the interest noun and its "of" right before the buyer (a description of the buyer between)
_BEFORE = re.compile(
    r"\b(?:interest|intérêt|interesse|interés|Interesse)\s+(?:(?:from|of|by|on the part of|de la part d(?:e|u)|de|du|d['’]"
    r"|da parte d(?:i|el|ella|ello)|di|del|della|dello|por parte de(?:l)?|von|vom|des|seitens)\s*)"
    r"(?:(?:the|le|la|l['’]|il|lo|el|der|dem|des)\s*)?(?:[\w'’.-]+\s+){0,3}$", _I)
#: the purpose word between the buyer and the purchase: "in", "pour", "per", "por", "an"
_BETWEEN = re.compile(
    r"\s+(?:in|for|pour|dans|per|verso|por|en|an)\s+(?:(?:the|a|an|la|le|les|l['’]|il|lo|una?|el|der|die|einer|eine)\s*)?$", _I)


def interested_buyer(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """The group named as the one interested, right before the purchase trigger at ``t0``."""
    g = next((g for g in reversed(groups) if g.end <= t0), None)
    if g is None or t0 - g.end > 30 or not (has(lex, "of", g) or has(lex, "from", g) or g.marker is None):
        return None
    if not _BETWEEN.fullmatch(text, g.end, t0):
        return None
    start = g.marker_start if g.marker is not None and 0 <= g.marker_start < g.start else g.start
    return g if _BEFORE.search(text, max(0, start - 80), g.start) else None
