"""``windows.may_hold_in`` for stretches of a whole page, asked about many times per page (speed).

The filters that run over a page's relations look, for each company mention in a relation's evidence,
at the 20 to 60 characters before it in the page's text ("the family", "the brand", "CEO") - some
26,000 asks per 400 pages, each trying a pattern's dozen literals on its stretch. A literal the page
lacks is in none of its stretches: the page is asked once which literals it holds
(``page_words.present``), and each stretch only about those, mostly none. The answers are
``may_hold_in``'s.
"""

from __future__ import annotations

import re

from .page_words import page_lower, page_odd, present
from .windows import window_required

__all__ = ["page_may_hold_in"]


def page_may_hold_in(rx: re.Pattern, page: str, lo: int, hi: int) -> bool:
    """False only where ``rx.search(page, lo, hi)`` finds nothing: ``may_hold_in(rx, page, lo, hi)``
    for a page's text."""
    required = window_required(rx)
    if required is None:
        return True
    lower = page_lower(page)
    if page_odd(page) or len(lower) != len(page):
        return True  # (as ``may_hold_in``: the lower-cased text may not keep the offsets)
    for x in present(required, page):
        if lower.find(x, lo, hi) >= 0:
            return True
    return False
