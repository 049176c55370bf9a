"""Does a description right after "Name, " close as an apposition of that name?

"Y, il costruttore altoatesino che equipaggia ...", "Y, la start-up bavarese che produce ...",
"Y, il costruttore giapponese finito nel 2021 sotto ...", "Y, il costruttore di Orsenigo, noto per ...":
the description tells what Y is, even where the gazetteer files Y under another kind (a charger maker
called "il costruttore") or the writer names a region the gazetteer does not hold. Read as a new
reference instead, such a description goes to whichever other company of the story fits it, and the
sentence's tie is given to that company. A description followed by its own verb ("Dopo l'accordo con
Y, il gruppo ne conserva una quota", "..., il costruttore ha firmato") is the subject of a new clause,
not an apposition: only a relative pronoun, a participle or a comma right after the description (past
at most two adjectives) closes it."""

from __future__ import annotations

import re

# up to two lower-case words (adjectives: "altoatesino", "di Orsenigo" is the description's own spec),
# then a comma, a dash, a bracket or a relative pronoun
_CLOSE = re.compile(
    r"(?:\s+[a-zà-öø-ÿ][\w'-]*){0,2}?\s*(?:[,(–—]|(?:che|cui|which|who|that|qui|que|dont|der|die|das)\b)")
# a Romance past participle in the singular or plural right after the description: "finito nel 2021",
# "fondata nel 1990", "creada en 2019", "fondée en 1990" (English and German put adjectives first: a
# participle after the noun is a verb there, and is not read)
_PARTICIPLE = re.compile(r"(?:\s+[a-zà-öø-ÿ][\w'-]*)?\s+[a-zà-öø-ÿ]\w*(?:at|it|ut|ad|id)[oaie]s?\b|"
                         r"(?:\s+[a-zà-öø-ÿ][\w'-]*)?\s+[a-zà-öø-ÿ]\w*(?:é|ée|és|ées)\b")
# words after the description that are a clause's verb or its clitics, never an adjective on the way
_VERBISH = frozenset(
    "ne si ha hanno è sono era sarà ha non lo la le gli ci vi a ont est sont a se ya ha han es son no "
    "said says has have is was will would en y".split())


def closes_apposition(text: str, end: int) -> bool:
    """Is the description ending at ``end`` closed as an apposition by what follows it?"""
    tail = text[end : end + 80]
    words = re.findall(r"[\w'’]+|[^\w\s]", tail)
    if words and words[0].casefold() in _VERBISH:
        return False
    m = _CLOSE.match(tail)
    if m is not None and not any(w.casefold() in _VERBISH for w in re.findall(r"[\w'’]+", m.group(0))):
        return True
    return _PARTICIPLE.match(tail) is not None
