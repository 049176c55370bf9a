"""The walk of the sentence readers that find a trigger right before a company named after the
sentence's first ("GOODS OF X come from Y", "OUTPUT OF X goes to Y", "Y takes the output of X",
"X ... with GOODS from Y"): goods_from.py, output_to.py and with_goods.py. Each is given the sentence's
companies as (start, end, name, sectors) in text order and asks, for each one after the first, whether
its pattern ends at it, then which companies the clause before the trigger names.
"""

from __future__ import annotations

from . import engine

__all__ = ["named_within", "triggers_at"]


def triggers_at(text: str, spans, rx, reach: int):
    """(start, end, name, match) for each company after the sentence's first at which ``rx`` ends, its
    match starting at most ``reach`` characters before the company (engine.ending_at)."""
    for m0, m1, name, _sec in spans[1:]:
        v = engine.ending_at(rx, text, m0, reach)
        if v is not None:
            yield m0, m1, name, v


def named_within(spans, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of the companies wholly inside ``text[lo:hi]``."""
    return [(s, e, n) for s, e, n, _ in spans if lo <= s and e <= hi]
