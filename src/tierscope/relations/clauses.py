"""Clause bounds and article words, read by both the frames and the status cues.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


_ARTICLE_WORD = re.compile(r"(?:the|a|an|il|la|lo|l'|un|una|uno|der|die|das|eine?|le|les|une|el|los|las)\b", _I)
_ARTICLE_ONLY = re.compile(r"\s*(?:the|a|an|il|la|lo|l'|un|una|der|die|das|eine?|le|les|une|el|los|las)?\s*", _I)


_CLAUSE_END = re.compile(r"[;:]|\.\s")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


#: a colon, a semicolon or a word of contrast, a comma before it or not ("; while ...", ", but ...", "mentre",
#: "aber", "mais", "pero"): where a listed role's names end (members) and a round's clause ends (rounds)
CONTRAST_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|mentre|ma|während|aber|tandis|mais|mientras|pero)\b", _I)


_CLAUSE_START = re.compile(r"[;:]|,\s+(?:but|while|whereas|ma|mentre|aber|während|mais|tandis|pero|mientras)\b|\.\s", _I)


def _clause_start(text: str, pos: int) -> int:
    key = (text, pos)
    got = _STARTS.get(key)
    if got is None:
        if len(_STARTS) > 4096:  # (bounded: a page's sentences ask a few hundred)
            _STARTS.clear()
        got = 0
        for m in _CLAUSE_START.finditer(text, 0, pos):
            got = m.end()
        _STARTS[key] = got
    return got


#: the clause starts already found, by (text, position): the status of one assertion asks for the start of
#: its trigger's clause up to eight times, and the frames ask again for the same trigger (speed)
_STARTS: dict[tuple[str, int], int] = {}


#: German: a comma, then a name (or a capitalised noun) and its finite verb open a main clause of
#: their own, with no conjunction ("X verhandelt mit Anbietern über Zellen, Y bezieht bereits Zellen
#: von Z"): the names and cues after it are not the first clause's. A list goes on with "und" or a
#: preposition ("mit X, Y und Z", "an X, Y an Z"), which end in no verb's ending.
DE_NEXT_MAIN_CLAUSE = re.compile(
    r",\s+(?=[A-ZÄÖÜ][\w.&-]*(?:\s[A-ZÄÖÜ][\w.&-]*){0,3}\s"
    r"(?!(?:mit|seit|nicht|samt|nebst|gegen|neben|zwischen|unten|oben|bereits|jetzt|erst|selbst|zuletzt|insgesamt)\b)"
    r"[a-zäöüß]+(?:t|en|te|ten|st)\b)")
