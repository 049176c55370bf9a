"""A cheap literal test before a search in a short stretch of a sentence (speed).

``engine.ending_at`` asks, for each company of a sentence, whether a phrase ends right where the name
starts ("the cells come from X"), searching the 30 to 90 characters before it: some 57,000 searches
per 400 pages, of which few find anything. Every match holds one of the pattern's required literals
(``prefilter``), and lies in the stretch searched, so a stretch of the lower-cased sentence that holds
none of them has no match: ``str.find`` on that stretch answers most asks. A lookbehind may read
before the stretch, so its literals do not count here; a sentence with a character of odd case
folding (whose lower-cased form may not keep the offsets) is always searched.
"""

from __future__ import annotations

import re

from .prefilter import _seq_required
from .sentence_scan import scan_of

__all__ = ["may_hold_in", "window_required"]

# keyed by id(): (the pattern, the literals one of which each match holds outside lookbehinds)
_REQUIRED: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def window_required(rx: re.Pattern) -> tuple[str, ...] | None:
    """The literals one of which every match of ``rx`` holds outside its lookbehinds (None: always search),
    worked out once per pattern; ``page_windows`` asks the same of a page's stretches."""
    got = _REQUIRED.get(id(rx))
    if got is None or got[0] is not rx:
        try:
            from re import _parser

            lits = _seq_required(_parser.parse(rx.pattern, rx.flags), behind=False)
        except Exception:  # pragma: no cover - an exotic pattern: always searched
            lits = None
        got = _REQUIRED[id(rx)] = (rx, tuple(sorted(lits)) if lits else None)
    return got[1]


def may_hold_in(rx: re.Pattern, text: str, lo: int, hi: int) -> bool:
    """False only where ``rx.search(text, lo, hi)`` finds nothing."""
    required = window_required(rx)
    if required is None:
        return True
    scan = scan_of(text)
    lower = scan.lower
    if scan.odd or len(lower) != len(text):
        return True
    for x in required:
        if lower.find(x, lo, hi) >= 0:
            return True
    return False
