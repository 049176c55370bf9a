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


#: the name in apposition after a plant noun and its town: "sa gigafactory de Skellefteå, Northgate Ett,",
#: "its plant in Skellefteå, Northgate Ett,", "ihr Werk in Skellefteå, Northgate Ett,", "il suo stabilimento
#: di Skellefteå, Northgate Ett,", "su fábrica de Skellefteå, Northgate Ett,"
_APPOSED = re.compile(r"\b(?:plant|factory|gigafactory|Werk|Fabrik|Gigafactory|usine|gigafactory|giga-usine|planta|fábrica|"
                      r"gigafactoría|stabilimento|fabbrica)(?:\s+(?:in|at|near|of|de|d['’]|à|di|a|en|bei|im|von)\s*"
                      r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s(?-i:[A-ZÀ-Ý])[\w'’-]*)?)?\s*,\s*$", re.IGNORECASE)


def named_as_plant(text: str, mentions) -> bool:
    """Every mention in ``mentions`` (one company's, not pronouns) has a word for a plant right next to it,
    or stands in apposition after one."""
    named = [m for m in mentions if m.source != "coref"]
    return bool(named) and all(_BEFORE.search(text, max(0, m.start - 20), m.start) or _AFTER.match(text, m.end)
                               or _APPOSED.search(text, max(0, m.start - 60), m.start) for m in named)
