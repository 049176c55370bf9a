"""A company "participada por X" (Spanish) or "partecipata da X" (Italian) is one X holds a stake in.
Papers of both languages name a unit with "controlada"/"controllata", "filial"/"controllata di" or
"propiedad de"; the participle of taking part says only that X is among the holders, most often with
a minority ("Y, participada por A y B", "Y, participada de forma minoritaria por el fondo X"). So,
with no share stated and no word of majority or control near it, the ownership frame reads a stake
(``invests_in``), not a parent; "participada al cien por cien por X" or "partecipata al 70% da X"
stay X's unit, and a joint venture "partecipata da X" is X's venture, as before."""

from __future__ import annotations

import re

#: the participle of taking part, Spanish and Italian
_PARTICIPLE = re.compile(r"\b(?:participad|partecipat)[oa]s?\b", re.IGNORECASE)
#: adverbs of a majority the lexicons' ``majority`` words do not hold ("participada mayoritariamente por X")
_MAJOR_ADVERB = re.compile(
    r"\b(?:mayoritariamente|íntegramente|totalmente|enteramente|maggioritariamente|interamente|integralmente)\b"
    r"|\bcien por cien\b", re.IGNORECASE)
#: a joint venture's noun right before the participle ("la joint venture delle batterie partecipata da X"):
#: X is one of its parents, which the venture readers tell
_VENTURE_BEFORE = re.compile(
    r"\b(?:joint[- ]venture|empresa conjunta|sociedad conjunta|empresa mixta|sociedad mixta|societ[àa] (?:comune|congiunta|mista))"
    r"\b[^,;:()]{0,40}$", re.IGNORECASE)
#: the rest of the holder's clause after its name: a majority may be told there ("por X, que tiene el control")
_AFTER = re.compile(r"[^,;:.()]{0,40}")


def stake_only(lex, trigger: str, text: str, t0: int, parent_end: int) -> bool:
    """Does the trigger ``trigger`` (found at ``t0``; its parent's name ends at ``parent_end``) tell a
    stake of no stated size rather than a parent? Only the Spanish and Italian participles, with no word
    of majority between the participle and the end of the holder's clause."""
    if lex.lang not in ("es", "it") or not _PARTICIPLE.search(trigger):
        return False
    if _VENTURE_BEFORE.search(text, max(0, t0 - 80), t0):
        return False
    after = _AFTER.match(text, parent_end)
    hi = after.end() if after else parent_end
    lo, hi = min(t0, parent_end), max(hi, t0 + len(trigger))
    return lex.majority.search(text, lo, hi) is None and _MAJOR_ADVERB.search(text, lo, hi) is None
