"""One scan per sentence: its text lower-cased once, whether its case folding is odd, and its
four-character pieces, which every literal test of the relation stage then reads (speed).

The readers, the trigger gate and the status cues each ask of the same sentence whether it may hold
one of a pattern's literals (``prefilter.may_search``). ``scan_of(text)`` gives the sentence's
``SentenceScan``, built on the first ask and kept for the rest of the page (``new_page`` drops the
last page's: nothing is kept from one page to the next). ``SentenceScan.may(rx)`` answers as
``may_search(rx, text, text.lower())`` does, but a pattern none of whose literals' first four
characters is a piece of the sentence is answered by one set test (a status cue's literals are up
to 48); and a pattern with no literals to test one by one (a long list of alternatives, as the end
cues are) by the first four characters of its alternatives' literals (``prefilter.wide_literals_of``),
where ``may_search`` can only say it may match. ``memo`` holds what a module works out once per sentence (the status cues found, the clause
cuts), under a key of its own.
"""

from __future__ import annotations

import re

from .prefilter import any_in, odd_case, required_of, wide_literals_of

__all__ = ["SentenceScan", "holds", "new_page", "scan_of", "warm_up"]


class SentenceScan:
    """A sentence's text, lower-cased, its odd case folding and its four-character pieces (``grams``,
    worked out when first asked)."""

    __slots__ = ("text", "lower", "odd", "_grams", "memo")

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.odd = odd_case(text)
        self._grams: set[str] | None = None
        self.memo: dict = {}

    @property
    def grams(self) -> set[str]:
        """The four-character pieces of the lower-cased text."""
        if self._grams is None:
            low = self.lower
            self._grams = {low[i : i + 4] for i in range(len(low) - 3)}
        return self._grams

    def may(self, rx: re.Pattern) -> bool:
        """False only where ``rx`` has no match in the text: ``prefilter.may_search(rx, text, lower)``, and
        for a pattern with no required literals, the heads of a long list of alternatives
        (``prefilter.wide_literals_of``) against the sentence's pieces."""
        got = _HEADS.get(id(rx))
        if got is None or got[0] is not rx:
            got = _heads(rx)
        required, heads = got[1], got[2]
        if self.odd:
            return True
        if required is None:
            # (no literals to test one by one: those of a long list of alternatives, where each has four
            # characters or more, found by their first four among the sentence's pieces)
            wide = got[3]
            if wide is None:
                return True
            lower = self.lower
            for head in self.grams.intersection(wide):
                for x in wide[head]:
                    if x in lower:
                        return True
            return False
        # (the pieces pay for a pattern of many literals, or once the sentence has them)
        if heads is not None and (self._grams is not None or len(required) > 6) and heads.isdisjoint(self.grams):
            return False  # (no literal's first four characters are a piece of the sentence)
        return any_in(required, self.lower)


# keyed by id(): (the pattern, its required literals, their first four characters where all have four,
# and for a pattern with no required literals those of ``prefilter.wide_literals_of`` by their first four)
_HEADS: dict[int, tuple[re.Pattern, tuple[str, ...] | None, frozenset[str] | None, dict[str, tuple[str, ...]] | None]] = {}


def _heads(rx: re.Pattern):
    required = required_of(rx)
    heads = frozenset(x[:4] for x in required) if required and all(len(x) >= 4 for x in required) else None
    got = _HEADS[id(rx)] = (rx, required, heads, wide_literals_of(rx) if required is None else None)
    return got


def warm_up(patterns) -> None:
    """The literals ``SentenceScan.may`` tests for each of ``patterns``, worked out at start-up rather than
    by the first sentence that asks (a long list of alternatives is parsed again for its
    ``wide_literals_of``: some 10 ms a pattern)."""
    for rx in patterns:
        got = _HEADS.get(id(rx))
        if got is None or got[0] is not rx:
            _heads(rx)


# the page's scans by sentence text; dropped when the next page starts
_PAGE: dict[str, SentenceScan] = {}


def new_page() -> None:
    """Forget the scans of the page before (the relation stage calls it as each page starts)."""
    _PAGE.clear()


def scan_of(text: str) -> SentenceScan:
    """The scan of the sentence ``text`` of the page being read."""
    got = _PAGE.get(text)
    if got is None:
        if len(_PAGE) > 4096:  # (a caller that never starts a page: keep the memory bounded)
            _PAGE.clear()
        got = _PAGE[text] = SentenceScan(text)
    return got


def holds(rx: re.Pattern, text: str) -> bool:
    """Whether ``rx`` has a match in the sentence ``text``: ``rx.search(text)``, after the scan's
    literal test, which answers most sentences (a reader's gate pattern mostly finds nothing)."""
    return scan_of(text).may(rx) and rx.search(text) is not None
