"""A word of buying that names a department or a role, not a purchase.

    "Norvik, part of Volkswagen, keeps its own purchasing department"   -> no purchase (nor a takeover)
    "ha un proprio ufficio acquisti", "le directeur des achats de X", "el departamento de compras de X"

The purchase nouns and the English gerund are triggers of buying ("gli acquisti di celle da Y", "les
achats de cellules", "las compras de celdas a Y", "purchasing cells from Y"). After or before a noun of an
office, a department or a post ("ufficio", "direttore", "service", "département", "jefe", "head of",
"purchasing chief") they name who buys for a company, and the frames read a company named nearby as
buyer or seller: a unit's "own purchasing office" made it its parent's supplier, a company's "purchasing
chief" its buyer. German writes such words as compounds ("Einkaufsabteilung", "Einkaufschef"), which no
trigger of buying matches.
"""

from __future__ import annotations

import re

__all__ = ["purchasing_office"]

_I = re.IGNORECASE

#: the office or post right after the word of buying ("purchasing department", "procurement chief")
_EN_AFTER = re.compile(
    r"\s+(?:departments?|chiefs?|heads?|directors?|offices?|officers?|managers?|bosses|boss|executives?|teams?|"
    r"units?|divisions?|staff|functions?|organi[sz]ations?|operations|organisation|power|practices|policy|policies|"
    r"decisions?|processes|process|alliance|consortium|cooperative|agents?)\b", _I)
#: the office or post right before it, with what joins them ("head of purchasing", "ufficio acquisti",
#: "directeur des achats", "departamento de compras", "responsabile degli acquisti")
_BEFORE = {
    "en": re.compile(r"\b(?:head|chief|director|vice[- ]president|(?:s|e)?vp|manager|boss|executive|officer)\s+of\s+"
                     r"(?:global\s+|group\s+|european\s+)?$|\bchief\s+$", _I),
    "it": re.compile(r"\b(?:uffici[oi]|direttor[ei]|direttrice|direzione|responsabil[ei]|capo|centrale|centrali|manager|"
                     r"funzione|division[ei]|dipartiment[oi]|repart[oi]|vicepresidente|area)\s+(?:(?:degli|agli|ai|gli)\s+)?$", _I),
    "fr": re.compile(r"\b(?:direction|directeur|directrice|services?|départements?|responsables?|chef|centrales?|pôle|"
                     r"patron|patronne|vice-président|vice-présidente|division)\s+(?:(?:des|aux)\s+|d['’]\s*)?$", _I),
    "es": re.compile(r"\b(?:departamentos?|director|directora|directores|jef[ae]s?|responsables?|central|centrales|área|"
                     r"dirección|división|vicepresidente|vicepresidenta|gerente|oficina)\s+(?:de\s+(?:las\s+)?)?$", _I),
}
#: the word of buying itself, as the triggers match it
_BUYING = {
    "en": re.compile(r"(?:purchasing|procurement|sourcing|buying)", _I),
    "it": re.compile(r"acquisti", _I),
    "fr": re.compile(r"achats?", _I),
    "es": re.compile(r"compras", _I),
}


def purchasing_office(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the trigger ``text[start:end]`` is a word of buying that names an office or a post."""
    buying = _BUYING.get(lang)
    if buying is None or not buying.fullmatch(text, start, end):
        return False
    before = _BEFORE[lang].search(text, max(0, start - 40), start)
    if before is not None:
        return True
    return lang == "en" and _EN_AFTER.match(text, end) is not None
