"""German dative plural of a known name whose last word ends in -e: "bei den Ford-Werken", "mit den
Badischen Stahlwerken" name "Ford-Werke", "Badische Stahlwerke" (a name whose first word carries the
ending, "den Stadtwerken München", is left as it was). The matcher knows the nominative only, so it takes the first word alone ("Ford")
or nothing; ``dative_candidates`` asks it again with the "-n" taken off the word that carries it.
"""

from __future__ import annotations

from .matcher import Token, TokenMatcher

__all__ = ["dative_candidates"]

_MAX_WORDS = 4  # the words of a name the dative "-n" may close


def dative_candidates(matcher: TokenMatcher, tokens: list[Token], i: int, at_least: int) -> list[tuple[int, object]]:
    """(length, candidate) for names of more than ``at_least`` words starting at token ``i`` whose last
    word stands in the dative plural ("Werken" for "Werke"), the longest first; [] where none."""
    for n in range(min(_MAX_WORDS, len(tokens) - i), max(at_least, 1), -1):
        last = tokens[i + n - 1]
        if not last.key.endswith("en") or not last.text[:1].isupper():
            continue
        shadow = tokens[: i + n - 1] + [Token(last.start, last.end, last.text[:-1], last.key[:-1])]
        got = [(k, c) for k, c in matcher.candidates(shadow, i) if k == n]
        if got:
            return got
    return []
