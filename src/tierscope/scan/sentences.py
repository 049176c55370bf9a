"""Which sentences of a page may hold a match of a pattern, by the literals one of which every match
holds (``prefilter.required_of``): a finder that runs a pattern over each sentence in turn
(``rx.finditer(text, sent.start, sent.end)``) runs it only over those. The page is lower-cased once.

A sentence is searched with the whole text behind it, so a lookbehind may read a literal before the
sentence starts: each sentence's window reaches back as far as the pattern's longest lookbehind.
(The entity readers and the plant reader ask it.)
"""

from __future__ import annotations

import re

from .page_words import page_odd
from .prefilter import has_odd_case, required_of

__all__ = ["may_hold", "may_hold_any"]

# keyed by id(): (pattern, how far back a lookbehind reads; None where that is not known)
_BACK: dict[int, tuple[re.Pattern, int | None]] = {}


def _lookbehind(rx: re.Pattern) -> int | None:
    got = _BACK.get(id(rx))
    if got is None or got[0] is not rx:
        got = _BACK[id(rx)] = (rx, _widest_lookbehind(rx))
    return got[1]


def _widest_lookbehind(rx: re.Pattern) -> int | None:
    try:
        from re import _constants as C
        from re import _parser

        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - unknown: the caller searches every sentence
        return None
    widest = 0

    def walk(items) -> None:
        nonlocal widest
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT):
                if av[0] < 0:
                    widest = max(widest, av[1].getwidth()[1])
                walk(av[1])
            elif op is C.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op is C.SUBPATTERN:
                walk(av[-1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is C.ATOMIC_GROUP:
                walk(av)
            elif op is C.GROUPREF_EXISTS:
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])

    walk(tree)
    return widest if widest < 1000 else None


def may_hold(rx: re.Pattern, text: str, lower: str, spans) -> list[bool]:
    """Per (start, end) of ``spans``: False only where ``rx`` searched between them finds nothing.
    ``lower`` is ``text.lower()``."""
    return may_hold_any((rx,), text, lower, spans)


def may_hold_any(rxs, text: str, lower: str, spans) -> list[bool]:
    """Per (start, end) of ``spans``: False only where none of the patterns ``rxs`` searched between
    them finds anything (one walk over the sentences for all of them)."""
    literals: set[str] = set()
    back = 0
    for rx in rxs:
        required, behind = required_of(rx), _lookbehind(rx)
        if required is None or behind is None:
            return [True] * len(spans)
        literals.update(required)
        back = max(back, behind)
    if len(lower) != len(text):
        return [True] * len(spans)
    # (a literal the page lacks is in none of its sentences: they are asked only about the others)
    present = [x for x in literals if x in lower]
    # (a sentence holds a character the case folding treats oddly only where the page does: asked of
    # the page once, then of each sentence without a literal only on such a page)
    odd = page_odd(text)
    out = []
    for start, end in spans:
        lo = max(0, start - back)
        hit = False
        for x in present:
            if lower.find(x, lo, end) >= 0:
                hit = True
                break
        out.append(hit or (odd and has_odd_case(text[lo:end])))
    return out
