"""A plural role noun that names a kind right before the instances English papers list after it:
"buys cells from suppliers such as A and B", "sources cathode from several suppliers, including A".

The noun ("suppliers", "customers") is a trigger of its own, and a trigger's end is a barrier to the
search for a name's preposition (`groups.assign_markers`), so "from" never reached A: the names are
read as the noun's instances, and the preposition before the noun governs them, as it does after a
noun that is no trigger ("sells cells to carmakers such as A"). Only a plural noun after "from" or "to",
only the words of inclusion between it and the name: rivals a company "competes with" are no partners."""

from __future__ import annotations

import re

__all__ = ["kind_before_instances"]

#: the plural noun's last letter, an optional comma and a word of inclusion, up to the name
_INSTANCES = {
    "en": re.compile(r"s\s*,?\s*(?:such\s+as|including|notably|among\s+them)\s+$", re.IGNORECASE),
}


#: the preposition of the goods' way before the noun, at most two words between ("from several Asian
#: suppliers"): only a seller's or a receiver's, not "competes with many suppliers, including A" (rivals)
_WAY_BEFORE = {
    "en": re.compile(r"\b(?:from|to)\s+(?:[\w-]+\s+){0,2}[\w-]+$", re.IGNORECASE),
}


def kind_before_instances(lang: str, text: str, barrier: int, name_start: int) -> bool:
    """Does the trigger ending at ``barrier`` name in the plural the kind of the company that starts at
    ``name_start``, only words of inclusion between them, after a preposition of the goods' way?"""
    rx, way = _INSTANCES.get(lang), _WAY_BEFORE.get(lang)
    return (rx is not None and barrier > 0 and rx.fullmatch(text, barrier - 1, name_start) is not None
            and way.search(text, max(0, barrier - 60), barrier) is not None)
