"""An owner told after the company it owns, by a noun of owning and a copula:

    "The owner of Brixo is Norvik."              "Eigentümer von Brixo ist seit 2021 der Finanzinvestor Norvik."
    "Le propriétaire de Brixo est le fonds Norvik."   "Il proprietario di Brixo è dal 2021 il fondo Norvik."
    "El propietario de Brixo es el fondo Norvik."

The owning frames read the owner on the left of "owner of" ("Norvik is the owner of Brixo"); here the
noun opens the clause, the company owned follows it, and the owner comes after the copula, with at
most a date, an adverb and a description between. Present copulas only ("was the owner" may be a
past owner); not a former owner, not a negation, not plural owners (a joint venture's parents).
"""

from __future__ import annotations

import re

from . import engine

__all__ = ["owner_first"]

_I = re.IGNORECASE

#: the noun of owning right before the company owned, opening its clause
_NOUN = {
    "en": re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but|while|as)\s+|\b(?:since|from|in)\s+(?:19|20)\d\d,?\s+)(?:(?:the|its)\s+)?(?:(?:sole|majority|main|controlling|new|current)\s+)?"
                     r"(?:owner|parent(?:\s+company)?|controlling\s+shareholder)\s+of\s+(?:the\s+)?$", _I),
    "de": re.compile(r"(?:^|[,;:(]\s*|\b(?:und|aber|denn|doch)\s+)(?:(?:der|die)\s+)?(?:(?:neue|alleinige|größte|heutige)[rn]?\s+)?"
                     r"(?:Eigentümer(?:in)?|Besitzer(?:in)?|Mehrheitseigner(?:in)?|Mehrheitseigentümer(?:in)?|Alleineigentümer(?:in)?|Haupteigner(?:in)?|Muttergesellschaft|Mutterkonzern)"
                     r"\s+(?:von|des|der)\s+(?:(?:der|dem|des)\s+)?$", _I),
    "fr": re.compile(r"(?:^|[,;:(]\s*|\b(?:et|mais)\s+|\b(?:depuis|en)\s+(?:19|20)\d\d,?\s+)(?:(?:le|la)\s+|l['’])?(?:(?:nouvel|nouveau|seul|principal|actuel)\s+)?"
                     r"(?:propriétaire|actionnaire\s+(?:majoritaire|de\s+contrôle|de\s+référence)|maison\s+mère|société\s+mère)\s+(?:de\s+|d['’]|du\s+)$", _I),
    "it": re.compile(r"(?:^|[,;:(]\s*|\b(?:e|ma)\s+|\b(?:dal|nel)\s+(?:19|20)\d\d,?\s+)(?:(?:il|la)\s+|l['’])?(?:(?:nuovo|unico|attuale)\s+)?"
                     r"(?:proprietario|azionista\s+(?:di\s+maggioranza|di\s+controllo)|casa\s+madre|capogruppo|controllante)\s+(?:di|del|della|dell['’])\s*$", _I),
    "es": re.compile(r"(?:^|[,;:(]\s*|\b(?:y|pero)\s+|\b(?:desde|en)\s+(?:19|20)\d\d,?\s+)(?:(?:el|la)\s+)?(?:(?:nuevo|único|actual)\s+)?"
                     r"(?:propietario|dueño|accionista\s+(?:mayoritario|de\s+control|de\s+referencia)|matriz|casa\s+matriz)\s+(?:de|del)\s+(?:la\s+|el\s+)?$", _I),
}

#: the copula after the company owned, then a date, an adverb or a description of the owner
_TAIL = r"(?:\s+(?!(?:not|nicht|kein\w*|pas|non|no|ne|n['’])\b)[\w'’.-]+){0,6}\s+$"
#: a preposition right before the second company: it is no owner but the object of a noun ("is a
#: customer of X", "ist ein Kunde von X", "est un client de X")
_PREP_BEFORE = re.compile(r"\b(?:of|from|with|by|to|for|von|vom|mit|für|bei|an|de|du|des|d['’]|à|au|aux|avec|pour|par|di|del|della|dello|dell['’]|dei|degli|delle|da|dal|dalla|con|per|a|al|ai|alla|del)\s*$", _I)

_COPULA = {
    "en": re.compile(r"^\s*(?:is|remains|has\s+been)\b" + _TAIL, _I),
    "de": re.compile(r"^\s*(?:ist|bleibt)\b" + _TAIL, _I),
    "fr": re.compile(r"^\s*(?:est|reste|demeure)\b" + _TAIL, _I),
    "it": re.compile(r"^\s*(?:è|resta|rimane)\b" + _TAIL, _I),
    "es": re.compile(r"^\s*(?:es|sigue\s+siendo)\b" + _TAIL, _I),
}

def owner_first(text: str, spans: list[tuple[int, int, str]], lang: str) -> list[engine.Found]:
    """``spans``: (start, end, canonical) of the sentence's companies, in text order."""
    noun, copula = _NOUN.get(lang), _COPULA.get(lang)
    if noun is None or len(spans) < 2:
        return []
    out = []
    for k in range(len(spans) - 1):
        s, e, owned = spans[k]
        s2, _e2, owner = spans[k + 1]
        if owned == owner or s == e or s2 == _e2:
            continue
        lo = spans[k - 1][1] if k else 0
        m = noun.search(text[lo:s])
        if m is None:
            continue  # (a former owner, "the former owner of", takes none of the noun's modifiers)
        if not copula.match(text[e:s2]) or re.search(r"[,;:()]", text[e:s2]) or _PREP_BEFORE.search(text, e, s2):
            continue
        if re.match(r"\s*(?:,\s*)?(?:and|und|et|e|y|&)\s", text[_e2:]):
            continue  # "the owners of Y are A and B": joint owners, not one parent
        out.append(engine.Found("owns", owner, owned, "active", 0.6, None, (lo + m.start(), s2)))
    return out
