"""German tells a tie to come with a present tense and an adverb of the future that stands after the
verb, often past its object: "Norvik bezieht seine Zellen künftig von Kestrel", "Kestrel liefert ab dem
kommenden Jahr Module an Norvik", "Norvik setzt in Zukunft auf Kestrel". The present verb alone reads as
a tie that runs; the status cues read only the two words right after it, so the adverb further on in
the clause is read here: announced. Not where the words say the tie goes on ("auch künftig",
"weiterhin", "bereits", "seit"), and not past the clause's end."""

from __future__ import annotations

import re

__all__ = ["future_adverb_after"]

#: an adverb of the future: "künftig", "zukünftig", "in Zukunft", "demnächst", "ab dem kommenden Jahr"
_FUTURE = re.compile(
    r"\b(?:künftig|zukünftig|in Zukunft|demnächst|ab (?:dem |der )?(?:kommenden|nächsten) "
    r"(?:Jahr|Monat|Quartal|Woche|Frühjahr|Sommer|Herbst|Winter))\b")
#: a tie said to go on or to run already: "auch künftig", "weiterhin", "bereits", "seit 2021"
_GOES_ON = re.compile(r"\b(?:auch künftig|auch in Zukunft|weiterhin|weiter|bereits|schon|seit|nach wie vor|wie bisher)\b")


def future_adverb_after(text: str, t0: int, t1: int, clause_lo: int, clause_hi: int) -> bool:
    """An adverb of the future after the trigger text[t0:t1] in its clause, with no word of a tie going on
    in the clause."""
    m = _FUTURE.search(text, t1, max(t1, clause_hi))
    if m is None or text[t1 : m.start()].count(",") > 0:
        return False
    return _GOES_ON.search(text, clause_lo, max(m.end(), t1)) is None
