"""A word of buying that names a department or a role, not a purchase.

    "Norvik, part of Volkswagen, keeps its own purchasing department"   -> no purchase (nor a takeover)
    "ha un proprio ufficio acquisti", "le directeur des achats de X", "el departamento de compras de X"

The purchase nouns and the English gerund are triggers of buying ("gli acquisti di celle da Y", "les
achats de cellules", "las compras de celdas a Y", "purchasing cells from Y"). After or before a noun of an
office, a department or a post ("ufficio", "direttore", "service", "département", "jefe", "head of",
"purchasing chief") they name who buys for a company, and the frames read a company named nearby as
buyer or seller: a unit's "own purchasing office" made it its parent's supplier, a company's "purchasing
chief" its buyer. English "purchasing" and "buying" are verbs as well: before a part of a company
("units", "divisions", "arm") or "power" they name an office (or a buyer's power) only after a determiner
or an owner ("its purchasing unit", "the group's buying arm"); "Brixo is buying divisions of Norvik", "is
purchasing power from Norvik" are purchases. German writes such words as compounds ("Einkaufsabteilung",
"Einkaufschef"), which no trigger of buying matches.
"""

from __future__ import annotations

import re

__all__ = ["purchasing_office"]

_I = re.IGNORECASE

#: the office or post right after the word of buying ("purchasing department", "procurement chief")
_EN_AFTER = re.compile(
    r"\s+(?:departments?|chiefs?|heads?|directors?|offices?|officers?|managers?|bosses|boss|executives?|teams?|"
    r"staff|functions?|organi[sz]ations?|organisation|practices|policy|policies|"
    r"decisions?|processes|process|alliance|consortium|cooperative|agents?)\b", _I)
#: a part of a company (or power) after the word of buying, which may as well be what a verb buys ("Brixo is
#: buying divisions of Norvik", "buying units of Norvik", "is purchasing power from Norvik"): an office (or a buyer's
#: power) only where the word of buying is a company's own modifier ``_OWN_BEFORE``: "its purchasing unit",
#: "the group's buying arm", "a joint purchasing division", "the carmakers' purchasing power"
_EN_PART_AFTER = re.compile(r"\s+(?:units?|divisions?|operations|arms?|subsidiar(?:y|ies)|power)\b", _I)
#: a determiner or a possessive before the word of buying (an adjective or two between: "its own central"),
#: not a pronoun's "'s" of "is" ("it's buying units of Norvik")
_OWN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|whose)|\b(?!(?:it|that|he|she|who|what|there|here)['’]s\b)\w+['’]s"
                         r"|\w['’])"
                         r"(?:\s+(?:own|central|global|joint|group|common|shared|new|european|regional|local|dedicated|"
                         r"internal|single|centrali[sz]ed)){0,2}\s+$", _I)
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
    if lang != "en":
        return False
    if _EN_AFTER.match(text, end) is not None:
        return True
    # "purchasing" and "buying" are verbs too: without a determiner or an owner before them they buy the unit
    return _EN_PART_AFTER.match(text, end) is not None and (
        buying.fullmatch(text, start, end).group(0).casefold() in ("procurement", "sourcing")
        or _OWN_BEFORE.search(text, max(0, start - 60), start) is not None)
