"""A unit the sentence names as a brand is a marque, not a company of the story.

    "SAIC Motor, owner of the MG brand", "MG, la marca del grupo SAIC", "Eigentümer der Marke MG",
    "la marque Alpine de Renault", "il marchio Abarth di Stellantis"

The labelling guidelines list no marque as a company (Cupra, Jeep, Zeekr as a marque), so a group's
ownership of a name it calls a brand is no tie between two companies; a company that carries the
name ("Volkswagen owns Audi", "Geely owns Volvo Cars") is read as long as the sentence does not call
it a brand.
"""

from __future__ import annotations

import re

__all__ = ["named_as_brand"]

_BEFORE = re.compile(r"\b(?:brand|marque|marca|marchio|Marke)\s+$", re.IGNORECASE)
_AFTER = re.compile(r"(?:\s+brand\b|-Marke\b|\s*,\s*(?:the|its|la|sa|su|sua|die|seine|ihre|le|il|a|an|una|une|eine)\s+"
                    r"(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?(?:brand|marque|marca|marchio|Marke)\b)", re.IGNORECASE)


def named_as_brand(text: str, mentions) -> bool:
    """Every mention in ``mentions`` (one company's, not pronouns) is called a brand right next to it
    ("FIB, la controllata di Seri, che produce con il marchio Faam": FIB is named as a company too)."""
    named = [m for m in mentions if m.source != "coref"]
    return bool(named) and all(_BEFORE.search(text, max(0, m.start - 12), m.start) or _AFTER.match(text, m.end) for m in named)
