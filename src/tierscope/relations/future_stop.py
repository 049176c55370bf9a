"""A stop told in the future: "X will stop supplying Y at the end of the year", "cessera de fournir Y",
"smetterà di fornire Y", "dejará de suministrar a Y", "wird Y ab Dezember nicht mehr beliefern". The tie
has not stopped yet: it runs until then (the labelling guidelines: "ended" is a tie the article says has
stopped), so it is active, whatever end words ("once its contract ends") or future the sentence holds.

The cue stands right before the trigger, in its clause (German: the future auxiliary anywhere before it
in the clause, with "nicht mehr" or "einstellen"/"beenden" after the trigger before the clause ends).
"""

from __future__ import annotations

import re

_STOP_BEFORE = {
    "en": r"\b(?:will|would|'ll|is to|are to|(?:is|are) (?:set|due|going|expected) to|plans? to|intends? to) (?:\w+ )?(?:stop|cease|halt|discontinue) $",
    "fr": r"\b(?:cesser(?:a|ont|ait|aient)|arrêter(?:a|ont|ait|aient)|(?:va|vont|allait|allaient|doit|doivent|devrait|devraient) (?:cesser|arrêter)) (?:de |d['’])$",
    "it": r"\b(?:smetter(?:à|anno|ebbe|ebbero)|cesser(?:à|anno|ebbe|ebbero)|(?:deve|devono|dovrà|dovranno) (?:smettere|cessare)) di $",
    "es": r"\b(?:dejar(?:á|án|ía|ían)|(?:va|van|iba|iban) a dejar|cesar(?:á|án)) de (?:\w+ )?$",
}
_STOP_BEFORE = {lang: re.compile(rx, re.I) for lang, rx in _STOP_BEFORE.items()}
#: German: a future or plan before the trigger, and "nicht mehr" (before it) or a stop verb (after it)
_DE_FUTURE = re.compile(r"\b(?:wird|werden|will|wollen|soll|sollen)\b", re.I)
_DE_NO_MORE = re.compile(r"\bnicht mehr\b", re.I)
_DE_STOP_AFTER = re.compile(r"\b(?:einstellen|beenden|auslaufen lassen)\b", re.I)


def stops_later(lang: str, text: str, t0: int, t1: int, clause_lo: int, clause_hi: int) -> bool:
    """The trigger at t0..t1 is a tie that its clause says will stop (not one that has stopped)."""
    if lang == "de":
        fut = _DE_FUTURE.search(text, clause_lo, t0)
        if fut is None:
            return False
        return _DE_NO_MORE.search(text, fut.end(), t0) is not None or _DE_STOP_AFTER.search(text, t1, clause_hi) is not None
    rx = _STOP_BEFORE.get(lang)
    return rx is not None and rx.search(text, max(clause_lo, t0 - 50), t0) is not None
