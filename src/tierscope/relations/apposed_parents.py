"""An owner noun in an apposition is said of the name the apposition follows, wherever that name
stands in its clause: "X signed a deal with Y, the parent of W" (Y owns W, not X), "X livre Y, la maison
mère de W", "X ha firmato con Y, la capogruppo di W", "X firmó con Y, la matriz de W", "mit Y, der
Muttergesellschaft von W".

The ownership frame takes the clause's subject as the owner of a noun such as "parent of" when no
relative or possessive names another; that holds for "Y, the parent of W, cut jobs" (the head is the
subject) but not once the head is an object or stands after a preposition. Unit nouns ("sa filiale",
"its unit") are left alone: there the head is the unit, and a possessive names the owner.
"""

from __future__ import annotations

import re

#: owner nouns (not the unit nouns, nor verbs of owning)
_OWNER_NOUN = re.compile(
    r"\b(?:parent|owner|majority\s+(?:shareholder|owner)|controlling\s+shareholder"
    r"|maison[\s-]mère|société\s+mère|propriétaire|actionnaire\s+majoritaire"
    r"|capogruppo|casa\s+madre|proprietari[oa]|azionista\s+di\s+(?:maggioranza|controllo)"
    r"|matriz|dueñ[oa]|propietari[oa]|accionista\s+(?:mayoritario|de\s+control)"
    r"|Mutter(?:gesellschaft|konzern)?|Eigentümer|Mehrheits(?:aktionär|eigentümer))",
    re.IGNORECASE,
)

#: between the head's end and the owner noun: the apposition's comma, an article and a few lower-case
#: words ("the Swedish", "la storica"), nothing that opens a clause (a relative, a verb after "which")
_OPENING = re.compile(
    r"\s*,\s*(?:(?:the|its|a|an|la|le|les|l['’]|il|lo|el|los|las|der|die|das|dem|den|des|ihre[mnr]?|seine[mnr]?)\s*)?"
    r"(?:(?!(?:which|who|that|qui|que|dont|che|cui|wo|where|and|et|e|y|und)\b)(?-i:[a-zà-öø-ÿ])[\w-]*\s+){0,3}",
    re.IGNORECASE,
)


def apposed_owner(groups, t0: int, trigger: str, text: str):
    """The group an apposition opened by an owner noun follows (its head), or None: the trigger must be
    an owner noun, right after the head's comma and an article or adjectives."""
    if not _OWNER_NOUN.search(trigger):
        return None
    head = next((g for g in reversed(groups) if g.end <= t0), None)
    if head is None or head.start >= head.end or not _OPENING.fullmatch(text, head.end, t0):
        return None
    return head
