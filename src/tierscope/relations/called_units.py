"""A carmaker the page calls a unit of its group is a unit, not a marque named beside it.

    "Chez Brixo, la réponse passe par Vantor, la filiale dédiée aux véhicules électriques."
    "Su filial Vantor compra celdas a Maltrix."
    "Achsen an Vantor, die Elektroauto- und Softwaretochter von Brixo"
    "Brixo's electric-vehicle unit Vantor", "Vantor, the EV arm of Brixo"

``RelationExtractor._known_units`` leaves a carmaker under a carmaker alone where both are named in a
sentence: news names marques beside their group ("Brixo, Vantor and Ostra cars") far more often than it
states the ownership. A subsidiary noun right before the name, or opening an apposition right after it,
says the page speaks of the company as a unit: then the gazetteer's parent owns it as for any unit.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .unit_nouns import _NOT_ADJECTIVE, _NOUN, _REACH

__all__ = ["called_unit"]

#: an apposition right after the name that opens with a subsidiary noun, after an article or possessive
#: and at most three words: "Vantor, la filiale dédiée", "Vantor, die Elektroauto- und Softwaretochter",
#: "Vantor (the EV unit of"; not a relative's words ("Vantor, which sold its unit", "Vantor, der die Sparte"),
#: nor a joint venture held by one parent ("Vantor, la joint venture controllata al 51% da Brixo")
_AFTER = re.compile(
    r"\s*[,(–—]\s*(?:(?:the|a|an|its|la|le|l['’]|sa|il|sua|una|un|el|su|die|der|das|eine|seine|ihre)\s+)?"
    r"(?:(?!(?:which|that|who|whose|its|their|che|cui|sua|suo|loro|qui|que|dont|sa|son|ses|leur|quien|cuy[oa]|su|sus|"
    r"die|der|das|dessen|deren|welche\w*|seine\w*|ihre\w*|joint|co-?entreprise|empresa|sociedad|società)\b)[\w'’-]+\s+){0,3}?"
    r"(?:(?:subsidiary|unit|arm|division|filiale|filial|controllata|divisione|división)\b"
    r"|[\w-]*tochter(?:gesellschaft|firma|unternehmen)?\b|[\w-]*sparte\b)",
    re.IGNORECASE)


def called_unit(text: str, mentions: list[Mention]) -> bool:
    """Whether one of ``mentions`` (of one company) has a subsidiary noun right before it or opening an
    apposition right after it."""
    for m in mentions:
        noun = _NOUN.search(text, max(0, m.start - _REACH), m.start)
        if noun is not None and not any(w.lower() in _NOT_ADJECTIVE for w in noun.group(1).split()):
            return True
        if _AFTER.match(text, m.end, min(len(text), m.end + 80)):
            return True
    return False
