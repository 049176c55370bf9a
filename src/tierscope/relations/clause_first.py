"""The first company of the clause that ends at a position: the subject a relative clause leaves
unsaid ("..., with which it signed a contract", "qui le liait à Y": "it" and "le" stand for it).

A clause here starts after the last ';' or ':' before the position (a comma does not end it: the
company before a relative's comma is often that subject's own apposition).
"""

from __future__ import annotations

import re

__all__ = ["first_of_clause"]

_BREAK = re.compile(r"[;:]")


def first_of_clause(text: str, spans, pos: int):
    """The first of ``spans`` ((start, end, name, ...) in text order) lying wholly between the start
    of the clause holding ``pos`` and ``pos``; None if there is none."""
    lo = max((m.end() for m in _BREAK.finditer(text, 0, pos)), default=0)
    return next((sp for sp in spans if lo <= sp[0] and sp[1] <= pos), None)
