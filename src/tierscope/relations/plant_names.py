"""A unit the page names only as a plant is the plant, not a company of the story.

    "the Northgate Ett plant in Skellefteå", "das Werk Northgate Ett", "l'usine Northgate Ett",
    "la planta Northgate Ett", "lo stabilimento Northgate Ett", "the Northgate Ett gigafactory"

The gazetteer lists some plants' operating companies under their parent; a page that names such a
unit only with a word for a plant next to it speaks of the site, and the labelling guidelines label
the plant (a facility), not the parent's ownership of it.
"""

from __future__ import annotations

import re

__all__ = ["named_as_plant"]

_BEFORE = re.compile(r"\b(?:plant|factory|site|Werk|Fabrik|usine|planta|fábrica|stabilimento|fabbrica|impianto)\s+$", re.IGNORECASE)
_AFTER = re.compile(r"\s+(?:plant|factory|gigafactory|site|facility|Werk|Fabrik|usine|planta|fábrica|stabilimento)\b",
                    re.IGNORECASE)


def named_as_plant(text: str, mentions) -> bool:
    """Every mention in ``mentions`` (one company's, not pronouns) has a word for a plant right next to it."""
    named = [m for m in mentions if m.source != "coref"]
    return bool(named) and all(_BEFORE.search(text, max(0, m.start - 20), m.start) or _AFTER.match(text, m.end)
                               for m in named)
